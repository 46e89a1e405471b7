package main

import (
	"fmt"
	"strconv"
)

var stageCounts = map[string]int{}

func main() {
	fmt.Println("pipeline: generate -> square -> format")
	nums := generate(1, 10)
	squares := square(nums)
	labels := format(squares)

	all := []string{}
	for s := range labels {
		all = append(all, s)
	}
	fmt.Println("got", len(all), "results")
	for i, s := range all {
		fmt.Printf("%2d %s\n", i, s)
	}

	// each stage ran in its own goroutine, but the last channel is closed
	// only after every earlier stage is done, so the map is safe to read now
	fmt.Println("stage counts:", stageCounts)

	fmt.Println("second pipeline with filter")
	evens := filterEven(square(generate(1, 12)))
	total := 0
	kept := []int{}
	for v := range evens {
		kept = append(kept, v)
		total += v
	}
	fmt.Println("even squares:", kept)
	fmt.Println("sum:", total)
	fmt.Printf("average: %.2f\n", float64(total)/float64(len(kept)))
	fmt.Println("final stage counts:", stageCounts)
}

func generate(from, to int) <-chan int {
	out := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			out <- i
		}
		stageCounts["generate"] += to - from + 1
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		n := 0
		for v := range in {
			out <- v * v
			n++
		}
		stageCounts["square"] += n
		close(out)
	}()
	return out
}

func format(in <-chan int) <-chan string {
	out := make(chan string, 2)
	go func() {
		n := 0
		for v := range in {
			out <- "value=" + strconv.Itoa(v)
			n++
		}
		stageCounts["format"] += n
		close(out)
	}()
	return out
}

func filterEven(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		n := 0
		for v := range in {
			if v%2 == 0 {
				out <- v
				n++
			}
		}
		stageCounts["filter"] += n
		close(out)
	}()
	return out
}
