package main

import (
	"fmt"
	"sync"
)

var totalSum int
var mu sync.Mutex

func main() {
	numbers := []int{}
	for i := 1; i <= 1000; i++ {
		numbers = append(numbers, i)
	}
	fmt.Println("length:", len(numbers))
	fmt.Println("first five:", numbers[:5], "last:", numbers[len(numbers)-1])

	serial := 0
	for _, n := range numbers {
		serial += n
	}
	fmt.Println("serial sum:", serial)

	numChunks := 4
	chunkSize := len(numbers) / numChunks
	fmt.Println("chunks:", numChunks, "chunk size:", chunkSize)

	partials := make([]int, numChunks)
	var wg sync.WaitGroup
	for c := 0; c < numChunks; c++ {
		start := c * chunkSize
		end := start + chunkSize
		if c == numChunks-1 {
			end = len(numbers)
		}
		wg.Add(1)
		go func(id int, part []int) {
			defer wg.Done()
			s := sumSlice(part)
			partials[id] = s
			mu.Lock()
			totalSum += s
			mu.Unlock()
		}(c, numbers[start:end])
	}
	wg.Wait()
	fmt.Println("partial sums:", partials)
	fmt.Println("parallel sum:", totalSum)
	fmt.Println("match:", serial == totalSum)

	for i, p := range partials {
		pct := float64(p) / float64(totalSum) * 100
		fmt.Printf("chunk %d: %6d (%.2f%%)\n", i, p, pct)
	}

	odd := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	results := make(chan int, 3)
	size := (len(odd) + 2) / 3
	for i := 0; i < len(odd); i += size {
		end := min(i+size, len(odd))
		go func(part []int) {
			results <- sumSlice(part)
		}(odd[i:end])
	}
	got := 0
	for range 3 {
		got += <-results
	}
	fmt.Println("uneven slice:", odd)
	fmt.Println("chunk size:", size, "sum via channel:", got, "expected:", sumSlice(odd))
}

func sumSlice(s []int) int {
	total := 0
	for _, v := range s {
		total += v
	}
	return total
}
