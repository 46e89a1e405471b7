// Homework 2, problem 10: a pipeline of stages connected by channels.
// Each stage owns its output channel and closes it when its input is
// exhausted, so closing propagates down the pipeline and every goroutine
// exits cleanly. With one goroutine per stage, order is preserved.
package main

import (
	"fmt"
)

// Record flows through the pipeline and is annotated by each stage.
type Record struct {
	N       int
	Square  int
	Running int
}

func generate(limit int) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for i := 1; i <= limit; i++ {
			out <- Record{N: i}
		}
	}()
	return out
}

func square(in <-chan Record) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for r := range in {
			r.Square = r.N * r.N
			out <- r
		}
	}()
	return out
}

// keepIf drops records that fail the predicate.
func keepIf(in <-chan Record, pred func(Record) bool) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for r := range in {
			if pred(r) {
				out <- r
			}
		}
	}()
	return out
}

func runningSum(in <-chan Record) <-chan Record {
	out := make(chan Record, 2)
	go func() {
		defer close(out)
		total := 0
		for r := range in {
			total += r.Square
			r.Running = total
			out <- r
		}
	}()
	return out
}

func main() {
	notMultipleOf3 := func(r Record) bool { return r.N%3 != 0 }
	final := runningSum(keepIf(square(generate(20)), notMultipleOf3))

	fmt.Println("pipeline: generate -> square -> filter(n%3!=0) -> running sum")
	count, last := 0, Record{}
	for r := range final {
		fmt.Printf("n=%2d square=%3d running=%4d\n", r.N, r.Square, r.Running)
		count++
		last = r
	}
	fmt.Println("records out:", count)
	fmt.Println("final running sum:", last.Running)
}
