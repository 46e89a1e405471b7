package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Sample struct {
	ID   int
	Test string
}

type Result struct {
	SampleID int
	Test     string
	Value    int
	Analyzer int
}

func analyze(s Sample) int {
	h := 0
	for _, c := range s.Test {
		h = h*31 + int(c)
	}
	return (h + s.ID*17) % 200
}

func main() {
	samples := []Sample{
		{1, "glucose"}, {2, "creatinine"}, {3, "troponin"}, {4, "glucose"},
		{5, "lactate"}, {6, "troponin"}, {7, "ferritin"}, {8, "creatinine"},
		{9, "glucose"}, {10, "lactate"},
	}

	jobs := make(chan Sample)
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		results []Result
		perTest = map[string]int{}
	)

	const analyzers = 3
	for a := range analyzers {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for s := range jobs {
				v := analyze(s)
				mu.Lock()
				results = append(results, Result{s.ID, s.Test, v, id})
				perTest[s.Test]++
				mu.Unlock()
			}
		}(a + 1)
	}

	for _, s := range samples {
		jobs <- s
	}
	close(jobs)
	wg.Wait()

	sort.Slice(results, func(i, j int) bool { return results[i].SampleID < results[j].SampleID })
	fmt.Printf("%-7s %-11s %5s\n", "SAMPLE", "TEST", "VALUE")
	for _, r := range results {
		fmt.Printf("%-7d %-11s %5d\n", r.SampleID, r.Test, r.Value)
	}

	tests := make([]string, 0, len(perTest))
	for t := range perTest {
		tests = append(tests, t)
	}
	sort.Strings(tests)
	var parts []string
	for _, t := range tests {
		parts = append(parts, fmt.Sprintf("%s=%d", t, perTest[t]))
	}
	fmt.Println("counts:", strings.Join(parts, " "))
	fmt.Println("total processed:", len(results))
}
