package main

import "fmt"

func sumChunk(xs []int, out chan<- [2]int, idx int) {
	s := 0
	for _, x := range xs {
		s += x
	}
	out <- [2]int{idx, s}
}

func main() {
	const n = 1000
	data := make([]int, n)
	for i := range data {
		data[i] = i + 1
	}
	chunks := 7
	size := (n + chunks - 1) / chunks
	out := make(chan [2]int, chunks)
	for c := 0; c < chunks; c++ {
		lo := c * size
		hi := min(lo+size, n)
		go sumChunk(data[lo:hi], out, c)
	}
	partial := make([]int, chunks)
	total := 0
	for range chunks {
		r := <-out
		partial[r[0]] = r[1]
		total += r[1]
	}
	fmt.Println("chunk size:", size)
	fmt.Println("partials:", partial)
	fmt.Println("total:", total, "expected:", n*(n+1)/2)
}
