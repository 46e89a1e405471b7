package main

import (
	"bufio"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

const accessLog = `127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 0
10.0.0.5 - alice [10/Oct/2023:13:56:02 +0000] "GET /dashboard HTTP/1.1" 200 10450
192.168.1.9 - - [10/Oct/2023:14:02:17 +0000] "GET /missing.png HTTP/1.1" 404 512
10.0.0.7 - - [10/Oct/2023:14:15:44 +0000] "GET /api/report?id=7 HTTP/1.1" 500 98
127.0.0.1 - - [10/Oct/2023:14:31:00 +0000] "GET /index.html HTTP/1.1" 304 -
malformed entry without structure
10.0.0.5 - alice [10/Oct/2023:15:05:12 +0000] "GET /api/report?id=8 HTTP/1.1" 200 4410`

var clf = regexp.MustCompile(`^(\S+) \S+ (\S+) \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-)$`)

type Request struct {
	IP     string
	User   string
	When   time.Time
	Method string
	Path   string
	Status int
	Size   int
}

func parseLine(line string) (Request, error) {
	m := clf.FindStringSubmatch(line)
	if m == nil {
		return Request{}, fmt.Errorf("unrecognized line: %.20q", line)
	}
	when, err := time.Parse("02/Jan/2006:15:04:05 -0700", m[3])
	if err != nil {
		return Request{}, err
	}
	status, _ := strconv.Atoi(m[6])
	size := 0
	if m[7] != "-" {
		size, _ = strconv.Atoi(m[7])
	}
	path, _, _ := strings.Cut(m[5], "?")
	return Request{m[1], m[2], when, m[4], path, status, size}, nil
}

type statusClass int

func (c statusClass) String() string { return fmt.Sprintf("%dxx", int(c)) }

func main() {
	var reqs []Request
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	for sc.Scan() {
		r, err := parseLine(sc.Text())
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		reqs = append(reqs, r)
	}

	classes := map[statusClass]int{}
	perHour := map[time.Time]int{}
	bytesPerIP := map[string]int{}
	for _, r := range reqs {
		classes[statusClass(r.Status/100)]++
		perHour[r.When.Truncate(time.Hour)]++
		bytesPerIP[r.IP] += r.Size
	}

	keys := make([]statusClass, 0, len(classes))
	for k := range classes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%v: %d\n", k, classes[k])
	}

	hours := make([]time.Time, 0, len(perHour))
	for h := range perHour {
		hours = append(hours, h)
	}
	slices.SortFunc(hours, time.Time.Compare)
	for _, h := range hours {
		fmt.Printf("%s %s\n", h.Format("15:04"), strings.Repeat("#", perHour[h]))
	}

	ips := make([]string, 0, len(bytesPerIP))
	for ip := range bytesPerIP {
		ips = append(ips, ip)
	}
	slices.SortFunc(ips, func(a, b string) int { return bytesPerIP[b] - bytesPerIP[a] })
	for _, ip := range ips {
		fmt.Printf("%-12s %6d bytes\n", ip, bytesPerIP[ip])
	}

	span := reqs[len(reqs)-1].When.Sub(reqs[0].When)
	fmt.Printf("span %v, %.2f req/min\n", span, float64(len(reqs))/span.Minutes())
	for _, r := range reqs {
		if r.User != "-" {
			fmt.Printf("user %s: %s %s at %s\n", r.User, r.Method, r.Path, r.When.Format(time.TimeOnly))
		}
	}
}
