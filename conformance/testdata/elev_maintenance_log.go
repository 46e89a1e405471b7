package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Severity int

const (
	Info Severity = iota + 1
	Warning
	Critical
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "INFO"
	case Warning:
		return "WARN"
	case Critical:
		return "CRIT"
	}
	return "????"
}

type LogEntry struct {
	Day      int // days since commissioning
	Car      string
	Severity Severity
	Task     string
	Downtime time.Duration
}

type MaintenanceLog []LogEntry

func (m MaintenanceLog) Len() int      { return len(m) }
func (m MaintenanceLog) Swap(i, j int) { m[i], m[j] = m[j], m[i] }
func (m MaintenanceLog) Less(i, j int) bool {
	if m[i].Day != m[j].Day {
		return m[i].Day < m[j].Day
	}
	return m[i].Car < m[j].Car
}

func (m MaintenanceLog) DowntimeByCar() map[string]time.Duration {
	out := make(map[string]time.Duration)
	for _, e := range m {
		out[e.Car] += e.Downtime
	}
	return out
}

func (m MaintenanceLog) Filter(threshold Severity) MaintenanceLog {
	var out MaintenanceLog
	for _, e := range m {
		if e.Severity >= threshold {
			out = append(out, e)
		}
	}
	return out
}

func main() {
	log := MaintenanceLog{
		{14, "B", Warning, "door roller worn", 45 * time.Minute},
		{3, "A", Info, "lubricate guide rails", 30 * time.Minute},
		{14, "A", Info, "monthly inspection", time.Hour},
		{30, "C", Critical, "brake pad replacement", 6*time.Hour + 15*time.Minute},
		{21, "B", Critical, "encoder failure", 3*time.Hour + 20*time.Minute},
		{7, "C", Info, "clean sill tracks", 20 * time.Minute},
		{28, "A", Warning, "rope tension check", 90 * time.Minute},
	}
	sort.Sort(log)

	var sb strings.Builder
	fmt.Fprintf(&sb, "%-4s %-3s %-4s %-24s %s\n", "DAY", "CAR", "SEV", "TASK", "DOWNTIME")
	for _, e := range log {
		fmt.Fprintf(&sb, "%4d %-3s %-4v %-24s %v\n", e.Day, e.Car, e.Severity, e.Task, e.Downtime)
	}
	fmt.Print(sb.String())

	totals := log.DowntimeByCar()
	cars := make([]string, 0, len(totals))
	for c := range totals {
		cars = append(cars, c)
	}
	sort.Slice(cars, func(i, j int) bool { return totals[cars[i]] > totals[cars[j]] })
	fmt.Println("downtime by car (most first):")
	var all time.Duration
	for _, c := range cars {
		all += totals[c]
		fmt.Printf("  %s  %8v  %5.1f h\n", c, totals[c], totals[c].Hours())
	}
	fmt.Println("total:", all, "| rounded to hour:", all.Round(time.Hour))

	serious := log.Filter(Warning)
	fmt.Printf("%d of %d entries are warnings or worse\n", len(serious), len(log))
	fmt.Println("sorted?", sort.IsSorted(log))
}
