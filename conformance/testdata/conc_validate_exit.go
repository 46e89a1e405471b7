package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
)

type Record struct {
	ID    int
	Email string
	Age   int
}

type Problem struct {
	ID     int
	Reason string
}

func (p Problem) String() string { return fmt.Sprintf("record %d: %s", p.ID, p.Reason) }

func validate(r Record) []Problem {
	var ps []Problem
	if !strings.Contains(r.Email, "@") {
		ps = append(ps, Problem{r.ID, "email " + fmt.Sprintf("%q", r.Email) + " has no @"})
	}
	if r.Age < 0 || r.Age > 150 {
		ps = append(ps, Problem{r.ID, fmt.Sprintf("age %d out of range", r.Age)})
	}
	return ps
}

func main() {
	records := []Record{
		{1, "ana@example.org", 34},
		{2, "bob.example.org", 41},
		{3, "cy@example.org", -2},
		{4, "dee@example.org", 29},
		{5, "eve", 200},
		{6, "fay@example.org", 58},
	}

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		problems []Problem
	)
	sem := make(chan struct{}, 2) // validate at most two records at once
	for _, r := range records {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if ps := validate(r); len(ps) > 0 {
				mu.Lock()
				problems = append(problems, ps...)
				mu.Unlock()
			}
		})
	}
	wg.Wait()

	slices.SortFunc(problems, func(a, b Problem) int {
		if a.ID != b.ID {
			return a.ID - b.ID
		}
		return strings.Compare(a.Reason, b.Reason)
	})
	fmt.Printf("checked %d records, %d problem(s)\n", len(records), len(problems))
	for _, p := range problems {
		fmt.Println(" -", p)
	}
	if len(problems) > 0 {
		fmt.Println("validation failed; exiting with status 3")
		os.Exit(3)
	}
	fmt.Println("all records valid")
}
