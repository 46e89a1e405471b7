package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type Record struct {
	Orbit   int
	Battery float64
	Mode    string
}

func writeLog(path string, recs []Record) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create log: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# orbit,battery_pct,mode")
	for _, r := range recs {
		fmt.Fprintf(w, "%d,%.1f,%s\n", r.Orbit, r.Battery, r.Mode)
	}
	return w.Flush()
}

func readLog(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open log: %w", err)
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ",")
		orbit, _ := strconv.Atoi(parts[0])
		batt, _ := strconv.ParseFloat(parts[1], 64)
		out = append(out, Record{orbit, batt, parts[2]})
	}
	return out, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "telemetry-")
	if err != nil {
		fmt.Println("tempdir:", err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "orbit.csv")

	var recs []Record
	batt := 100.0
	for orbit := 1; orbit <= 8; orbit++ {
		mode := "science"
		if orbit%3 == 0 {
			mode = "eclipse"
			batt -= 9.5
		} else {
			batt = min(100, batt+2.25) - 4
		}
		recs = append(recs, Record{orbit, batt, mode})
	}
	if err := writeLog(path, recs); err != nil {
		fmt.Println(err)
		return
	}

	info, _ := os.Stat(path)
	fmt.Println("log file:", filepath.Base(path), "bytes:", info.Size())

	back, err := readLog(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	low := 0
	for _, r := range back {
		flag := "ok"
		if r.Battery < 85 {
			flag = "LOW"
			low++
		}
		fmt.Printf("orbit %d: %5.1f%% %-8s %s\n", r.Orbit, r.Battery, r.Mode, flag)
	}
	fmt.Println("low-battery orbits:", low)

	_, err = readLog(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is ErrNotExist:", errors.Is(err, fs.ErrNotExist))
}
