package main

import (
	"fmt"
	"slices"
)

const bookPrice = 800 // cents

var discount = [...]int{0, 0, 5, 10, 20, 25} // percent by group size

func groupCost(size int) int {
	return size * bookPrice * (100 - discount[size]) / 100
}

// Cost explores every way of forming the next group from the distinct titles
// still in the basket, memoising on the sorted multiset of counts.
func Cost(books []int) int {
	counts := make([]int, 5)
	for _, b := range books {
		counts[b-1]++
	}
	memo := map[[5]int]int{}
	var best func(c [5]int) int
	best = func(c [5]int) int {
		slices.SortFunc(c[:], func(a, b int) int { return b - a })
		if c[0] == 0 {
			return 0
		}
		if v, ok := memo[c]; ok {
			return v
		}
		distinct := 0
		for _, n := range c {
			if n > 0 {
				distinct++
			}
		}
		result := -1
		for size := 1; size <= distinct; size++ {
			next := c
			for i := range size {
				next[i]--
			}
			if v := groupCost(size) + best(next); result < 0 || v < result {
				result = v
			}
		}
		memo[c] = result
		return result
	}
	return best([5]int(counts))
}

func dollars(cents int) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) }

func main() {
	tests := []struct {
		name  string
		books []int
		want  int
	}{
		{"single book", []int{1}, 800},
		{"two same", []int{2, 2}, 1600},
		{"empty basket", nil, 0},
		{"two different", []int{1, 2}, 1520},
		{"three different", []int{1, 2, 3}, 2160},
		{"four different", []int{1, 2, 3, 4}, 2560},
		{"five different", []int{1, 2, 3, 4, 5}, 3000},
		{"two groups of four beat 5+3", []int{1, 1, 2, 2, 3, 3, 4, 5}, 5120},
		{"4+4 with extras", []int{1, 1, 2, 3, 4, 4, 5, 5}, 5120},
		{"group of four plus two", []int{1, 1, 2, 2, 3, 4}, 4080},
		{"two each", []int{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}, 6000},
		{"eleven books", []int{1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 1}, 6800},
		{"twelve books", []int{1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 1, 2}, 7520},
		{"shuffled large", []int{1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 1, 2, 3, 4, 5, 1, 2}, 12640},
	}
	for _, tc := range tests {
		got := Cost(tc.books)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%s %-28s %2d books -> %s\n", status, tc.name, len(tc.books), dollars(got))
	}
	for size := 1; size <= 5; size++ {
		fmt.Printf("group of %d: %s (%d%% off)\n", size, dollars(groupCost(size)), discount[size])
	}
}
