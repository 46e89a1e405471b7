package main

import (
	"fmt"
	"sync"
)

// first time using goroutines!
// the teacher said the printing order is random so we save
// the results in a slice by index and print after Wait()

func slowSquare(n int) int {
	result := 0
	for i := 0; i < n; i++ {
		result += n
	}
	return result
}

func main() {
	numbers := []int{3, 7, 1, 12, 9, 5, 20, 15}
	results := make([]int, len(numbers))

	var wg sync.WaitGroup
	for i, n := range numbers {
		wg.Add(1)
		go func(index int, value int) {
			defer wg.Done()
			results[index] = slowSquare(value)
		}(i, n)
	}
	wg.Wait()

	for i := range numbers {
		fmt.Printf("%2d squared is %3d\n", numbers[i], results[i])
	}

	// now with a mutex to add up a total
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for _, r := range results {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			total += r
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("sum of squares:", total)

	// counting words in many sentences at the same time
	sentences := []string{
		"go is fun",
		"goroutines are cheap",
		"do not communicate by sharing memory",
		"hello",
	}
	wordCounts := make([]int, len(sentences))
	var wg3 sync.WaitGroup
	wg3.Add(len(sentences))
	for i := 0; i < len(sentences); i++ {
		go func(i int) {
			defer wg3.Done()
			count := 1
			for _, c := range sentences[i] {
				if c == ' ' {
					count++
				}
			}
			wordCounts[i] = count
		}(i)
	}
	wg3.Wait()
	for i, s := range sentences {
		fmt.Printf("%q has %d words\n", s, wordCounts[i])
	}
	fmt.Println("all goroutines finished")
}
