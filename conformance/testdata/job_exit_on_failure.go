package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

type Check struct {
	Name     string
	Critical bool
	Probe    func() error
}

type CheckResult struct {
	Name     string
	Critical bool
	Err      error
}

func runChecks(checks []Check, parallelism int) []CheckResult {
	sem := make(chan struct{}, parallelism)
	results := make(chan CheckResult, len(checks))
	var wg sync.WaitGroup
	for _, c := range checks {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			results <- CheckResult{Name: c.Name, Critical: c.Critical, Err: c.Probe()}
		}()
	}
	wg.Wait()
	close(results)
	var out []CheckResult
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func main() {
	defer fmt.Println("this deferred line never prints because of os.Exit")

	portsInUse := map[int]bool{5432: true, 6379: true}
	checks := []Check{
		{"postgres", true, func() error {
			if !portsInUse[5432] {
				return errors.New("not listening")
			}
			return nil
		}},
		{"redis", false, func() error { return nil }},
		{"migrations", true, func() error { return fmt.Errorf("schema version %d behind", 3) }},
		{"disk-space", false, func() error { return errors.New("82% used (warn at 80%)") }},
		{"kafka", true, func() error {
			if !portsInUse[9092] {
				return errors.New("dial tcp :9092: connection refused")
			}
			return nil
		}},
		{"clock-skew", false, func() error { return nil }},
	}

	results := runChecks(checks, 2)
	var critical []string
	warnings := 0
	for _, r := range results {
		status := "PASS"
		if r.Err != nil {
			if r.Critical {
				status = "FAIL"
				critical = append(critical, r.Name)
			} else {
				status = "WARN"
				warnings++
			}
		}
		line := fmt.Sprintf("[%s] %-11s", status, r.Name)
		if r.Err != nil {
			line += " " + r.Err.Error()
		}
		fmt.Println(strings.TrimRight(line, " "))
	}
	fmt.Printf("checks=%d critical_failures=%d warnings=%d\n", len(results), len(critical), warnings)

	if len(critical) > 0 {
		fmt.Fprintf(os.Stderr, "startup aborted: critical checks failed: %s\n", strings.Join(critical, ", "))
		os.Exit(1)
	}
	fmt.Println("ready to serve")
}
