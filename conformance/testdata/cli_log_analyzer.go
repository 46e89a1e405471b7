package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"time"
)

const accessLog = `2024-03-10T08:00:00Z INFO  job=backup  start
2024-03-10T08:00:05Z INFO  job=report start
2024-03-10T08:02:30Z WARN  job=backup  slow disk
2024-03-10T08:03:15Z INFO  job=report done
2024-03-10T08:47:59Z INFO  job=backup  done
2024-03-10T09:15:00Z INFO  job=cleanup start
not-a-time ERROR job=cleanup garbled
2024-03-10T10:15:00.5Z ERROR job=cleanup failed
2024-03-11T00:00:00Z INFO  job=rotate start`

type Level string

type Entry struct {
	At    time.Time
	Level Level
	Job   string
	Msg   string
}

type span struct{ start, end time.Time }

func parse(line string) (Entry, error) {
	f := strings.Fields(line)
	if len(f) < 4 {
		return Entry{}, fmt.Errorf("short line %q", line)
	}
	t, err := time.Parse(time.RFC3339, f[0])
	if err != nil {
		return Entry{}, fmt.Errorf("bad timestamp: %w", err)
	}
	return Entry{t, Level(f[1]), strings.TrimPrefix(f[2], "job="), strings.Join(f[3:], " ")}, nil
}

func main() {
	var entries []Entry
	levels := map[Level]int{}
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	for n := 1; sc.Scan(); n++ {
		e, err := parse(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		entries = append(entries, e)
		levels[e.Level]++
	}
	fmt.Println("levels:", levels)

	spans := map[string]*span{}
	for _, e := range entries {
		s, ok := spans[e.Job]
		if !ok {
			s = &span{start: e.At}
			spans[e.Job] = s
		}
		if e.Msg == "done" || e.Msg == "failed" {
			s.end = e.At
		}
	}
	jobs := make([]string, 0, len(spans))
	for j := range spans {
		jobs = append(jobs, j)
	}
	slices.Sort(jobs)
	fmt.Printf("%-8s %-8s %-8s %s\n", "job", "start", "end", "duration")
	for _, j := range jobs {
		s := spans[j]
		if s.end.IsZero() {
			fmt.Printf("%-8s %-8s %-8s %s\n", j, s.start.Format("15:04:05"), "-", "running")
			continue
		}
		d := s.end.Sub(s.start)
		fmt.Printf("%-8s %-8s %-8s %v (%.1f min)\n", j, s.start.Format("15:04:05"), s.end.Format("15:04:05"), d, d.Minutes())
	}

	first, last := entries[0].At, entries[len(entries)-1].At
	total := last.Sub(first)
	fmt.Println("window:", total, "hours:", total.Hours(), "truncated:", total.Truncate(time.Hour))
	for i := 1; i < len(entries); i++ {
		gap := entries[i].At.Sub(entries[i-1].At)
		if gap > 30*time.Minute {
			fmt.Printf("gap of %s before %s (%s)\n", gap, entries[i].At.Format(time.Kitchen), entries[i].At.Weekday())
		}
	}
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Round(time.Minute), first.Add(d).Format(time.DateTime))
}
