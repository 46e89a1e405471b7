package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Submission struct {
	Student string
	Answers string
}

type Result struct {
	Student string
	Correct int
	Percent float64
}

const answerKey = "ABCDABCDAB"

func grade(sub Submission) Result {
	correct := 0
	for i := range len(answerKey) {
		if i < len(sub.Answers) && sub.Answers[i] == answerKey[i] {
			correct++
		}
	}
	return Result{
		Student: sub.Student,
		Correct: correct,
		Percent: 100 * float64(correct) / float64(len(answerKey)),
	}
}

func main() {
	subs := []Submission{
		{"Ana", "ABCDABCDAB"},
		{"Ben", "ABCCABCDAA"},
		{"Cleo", "DDDDDDDDDD"},
		{"Dev", "ABCDABC"},
		{"Eli", "BACDABCDAB"},
		{"Fay", "ABCDABCDAC"},
		{"Gus", "abcdabcdab"},
	}

	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		results []Result
		totals  = map[int]int{}
	)
	for _, s := range subs {
		wg.Add(1)
		go func(s Submission) {
			defer wg.Done()
			r := grade(s)
			mu.Lock()
			defer mu.Unlock()
			results = append(results, r)
			totals[r.Correct]++
		}(s)
	}
	wg.Wait()

	sort.Slice(results, func(i, j int) bool {
		if results[i].Correct != results[j].Correct {
			return results[i].Correct > results[j].Correct
		}
		return results[i].Student < results[j].Student
	})

	fmt.Println("Graded", len(results), "submissions")
	for _, r := range results {
		bar := strings.Repeat("#", r.Correct)
		fmt.Printf("%-5s %2d/10 %6.1f%% [%-10s]\n", r.Student, r.Correct, r.Percent, bar)
	}

	keys := make([]int, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	fmt.Println("Distribution:")
	for _, k := range keys {
		fmt.Printf("  %2d correct: %d student(s)\n", k, totals[k])
	}
}
