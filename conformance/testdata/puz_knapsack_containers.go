package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `20 15 10 5 5 35 12 8`

const target = 50

// Ways counts subsets of sizes summing to target, grouped by subset size,
// using a 0/1 knapsack DP: ways[s][k] = number of k-element subsets summing to s.
func Ways(sizes []int, target int) []int {
	ways := make([][]int, target+1)
	for s := range ways {
		ways[s] = make([]int, len(sizes)+1)
	}
	ways[0][0] = 1
	for _, c := range sizes {
		for s := target; s >= c; s-- {
			for k := len(sizes); k >= 1; k-- {
				ways[s][k] += ways[s-c][k-1]
			}
		}
	}
	return ways[target]
}

type memoKey struct{ idx, left int }

// BestValue is a classic bounded knapsack by memoized recursion:
// each container has weight = size and value = size*size mod 7 + 1.
func BestValue(sizes []int, capacity int) int {
	memo := map[memoKey]int{}
	var best func(i, left int) int
	best = func(i, left int) int {
		if i == len(sizes) {
			return 0
		}
		k := memoKey{i, left}
		if v, ok := memo[k]; ok {
			return v
		}
		v := best(i+1, left)
		if sizes[i] <= left {
			v = max(v, sizes[i]*sizes[i]%7+1+best(i+1, left-sizes[i]))
		}
		memo[k] = v
		return v
	}
	return best(0, capacity)
}

func main() {
	var sizes []int
	for _, f := range strings.Fields(input) {
		n, err := strconv.Atoi(f)
		if err != nil {
			panic(err)
		}
		sizes = append(sizes, n)
	}
	byCount := Ways(sizes, target)
	total := 0
	for _, w := range byCount {
		total += w
	}
	fmt.Println("part 1:", total)
	for k, w := range byCount {
		if w > 0 {
			fmt.Printf("part 2: %d ways with %d containers\n", w, k)
			break
		}
	}
	fmt.Println("bonus: best value in capacity 40 =", BestValue(sizes, 40))

	// Brute-force check with bit masks.
	check := 0
	for mask := range 1 << len(sizes) {
		sum := 0
		for i, s := range sizes {
			if mask&(1<<i) != 0 {
				sum += s
			}
		}
		if sum == target {
			check++
		}
	}
	fmt.Println("bitmask check:", check == total)
}
