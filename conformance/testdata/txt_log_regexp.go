package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const logs = `2024-03-01 12:00:01 [INFO] http.server: started on :8080
2024-03-01 12:00:05 [DEBUG] db.pool: opened 4 connections took 35ms
2024-03-01 12:00:07 [INFO] http.handler: GET /users 200 took 12ms
2024-03-01 12:00:09 [WARN] http.handler: GET /slow 200 took 1450ms
garbage line without structure
2024-03-01 12:01:11 [ERROR] db.pool: connection reset by peer
2024-03-01 12:01:12 [INFO] http.handler: POST /users 201 took 48ms
2024-03-01 12:01:15 [ERROR] http.handler: GET /users/9 500 took 3ms
2024-03-01 12:02:00 [INFO] http.handler: GET /health 200 took 1ms
2024-03-01 12:02:30 [INFO] http.server: shutting down`

var (
	lineRE = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) \[(?P<level>[A-Z]+)\] (?P<comp>[\w.]+): (?P<msg>.*)$`)
	reqRE  = regexp.MustCompile(`(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3})`)
	durRE  = regexp.MustCompile(`took (\d+)ms`)
)

type entry struct {
	time, level, comp, msg string
}

func namedMatch(re *regexp.Regexp, s string) map[string]string {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	out := make(map[string]string)
	for i, name := range re.SubexpNames() {
		if name != "" {
			out[name] = m[i]
		}
	}
	return out
}

func main() {
	var entries []entry
	var bad []int
	for i, line := range strings.Split(logs, "\n") {
		f := namedMatch(lineRE, line)
		if f == nil {
			bad = append(bad, i+1)
			continue
		}
		entries = append(entries, entry{f["time"], f["level"], f["comp"], f["msg"]})
	}
	fmt.Printf("parsed %d entries, malformed lines: %v\n", len(entries), bad)

	levels := map[string]int{}
	for _, e := range entries {
		levels[e.level]++
	}
	order := []string{"DEBUG", "INFO", "WARN", "ERROR"}
	for _, lv := range order {
		fmt.Printf("  %-5s %d\n", lv, levels[lv])
	}

	// Request lines: use SubexpIndex for direct access.
	mi, pi, si := reqRE.SubexpIndex("method"), reqRE.SubexpIndex("path"), reqRE.SubexpIndex("status")
	fmt.Println("requests:")
	for _, e := range entries {
		if m := reqRE.FindStringSubmatch(e.msg); m != nil {
			fmt.Printf("  %s %-6s %-10s -> %s\n", e.time, m[mi], m[pi], m[si])
		}
	}

	// Durations across the whole log with FindAllStringSubmatch.
	var durs []int
	for _, m := range durRE.FindAllStringSubmatch(logs, -1) {
		n, _ := strconv.Atoi(m[1])
		durs = append(durs, n)
	}
	slices.Sort(durs)
	sum := 0
	for _, d := range durs {
		sum += d
	}
	fmt.Printf("durations(ms): %v\n", durs)
	fmt.Printf("min=%d max=%d median=%d mean=%.2f\n", durs[0], durs[len(durs)-1], durs[len(durs)/2], float64(sum)/float64(len(durs)))

	// Errors per component, sorted by component name.
	errs := map[string][]string{}
	for _, e := range entries {
		if e.level == "ERROR" || e.level == "WARN" {
			errs[e.comp] = append(errs[e.comp], e.level+"@"+e.time)
		}
	}
	comps := make([]string, 0, len(errs))
	for c := range errs {
		comps = append(comps, c)
	}
	slices.Sort(comps)
	for _, c := range comps {
		fmt.Printf("%s: %s\n", c, strings.Join(errs[c], ", "))
	}

	// Reformat date using template expansion.
	dateRE := regexp.MustCompile(`(?m)^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})`)
	first := strings.SplitN(logs, "\n", 2)[0]
	fmt.Println(dateRE.ReplaceAllString(first, "${d}/${m}/${y}"))
}
