package main

import (
	"errors"
	"fmt"
	"slices"
)

var (
	ErrNegative = errors.New("target can't be negative")
	ErrNoChange = errors.New("can't make target with given coins")
)

// Change returns the fewest coins (ascending) summing to target.
func Change(coins []int, target int) ([]int, error) {
	if target < 0 {
		return nil, ErrNegative
	}
	const inf = int(^uint(0) >> 1)
	best := make([]int, target+1)
	last := make([]int, target+1)
	for i := 1; i <= target; i++ {
		best[i] = inf
		for _, c := range coins {
			if c <= i && best[i-c] != inf && best[i-c]+1 < best[i] {
				best[i] = best[i-c] + 1
				last[i] = c
			}
		}
	}
	if best[target] == inf {
		return nil, fmt.Errorf("target %d with coins %v: %w", target, coins, ErrNoChange)
	}
	var out []int
	for t := target; t > 0; t -= last[t] {
		out = append(out, last[t])
	}
	slices.Sort(out)
	return out, nil
}

func main() {
	tests := []struct {
		name    string
		coins   []int
		target  int
		want    []int
		wantErr error
	}{
		{"single coin", []int{1, 5, 10, 25, 100}, 25, []int{25}, nil},
		{"multiple coins", []int{1, 5, 10, 25, 100}, 15, []int{5, 10}, nil},
		{"lilliputian", []int{1, 4, 15, 20, 50}, 23, []int{4, 4, 15}, nil},
		{"lower elbonia", []int{1, 3, 4}, 6, []int{3, 3}, nil},
		{"large target", []int{1, 2, 5, 10, 20, 50, 100}, 999,
			[]int{2, 2, 5, 20, 20, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100}, nil},
		{"no coins of 1", []int{2, 5, 10, 20, 50}, 21, []int{2, 2, 2, 5, 10}, nil},
		{"another no 1", []int{4, 5}, 27, []int{4, 4, 4, 5, 5, 5}, nil},
		{"zero target", []int{1, 5, 10, 21, 25}, 0, nil, nil},
		{"too small", []int{5, 10}, 3, nil, ErrNoChange},
		{"impossible", []int{5, 10}, 94, nil, ErrNoChange},
		{"negative", []int{1, 2, 5}, -5, nil, ErrNegative},
	}
	for _, tc := range tests {
		got, err := Change(tc.coins, tc.target)
		status := "PASS"
		if !slices.Equal(got, tc.want) || !errors.Is(err, tc.wantErr) {
			status = "FAIL"
		}
		if err != nil {
			fmt.Printf("%s %-15s error: %v\n", status, tc.name, err)
			continue
		}
		sum := 0
		for _, c := range got {
			sum += c
		}
		fmt.Printf("%s %-15s %d coins %v sum=%d\n", status, tc.name, len(got), got, sum)
	}
}
