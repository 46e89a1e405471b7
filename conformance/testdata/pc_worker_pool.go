// Lab 6: a fixed-size worker pool; results are collected then sorted.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Task struct {
	ID   int
	Text string
}

type Result struct {
	TaskID int
	Words  int
	Vowels int
	Upper  string
}

func process(t Task) Result {
	vowels := 0
	for _, r := range strings.ToLower(t.Text) {
		if strings.ContainsRune("aeiou", r) {
			vowels++
		}
	}
	return Result{
		TaskID: t.ID,
		Words:  len(strings.Fields(t.Text)),
		Vowels: vowels,
		Upper:  strings.ToUpper(t.Text),
	}
}

func worker(tasks <-chan Task, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range tasks {
		results <- process(t)
	}
}

func main() {
	texts := []string{
		"goroutines are cheap",
		"channels orchestrate",
		"mutexes serialize",
		"share memory by communicating",
		"do not communicate by sharing memory",
		"concurrency is not parallelism",
		"atomic operations",
		"the scheduler multiplexes",
		"data races are bugs",
		"measure before optimizing",
	}
	const workers = 4

	tasks := make(chan Task)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go worker(tasks, results, &wg)
	}
	go func() {
		for i, s := range texts {
			tasks <- Task{ID: i, Text: s}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	// Completion order is random; sort by task id before printing.
	slices.SortFunc(all, func(a, b Result) int { return a.TaskID - b.TaskID })

	totalWords := 0
	for _, r := range all {
		fmt.Printf("%+v\n", r)
		totalWords += r.Words
	}
	fmt.Println("tasks processed:", len(all))
	fmt.Println("total words:", totalWords)

	idx := slices.IndexFunc(all, func(r Result) bool { return r.Vowels > 10 })
	fmt.Println("first task with >10 vowels:", idx)
}
