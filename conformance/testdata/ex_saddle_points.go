package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Matrix [][]int

var ErrRagged = errors.New("rows have different lengths")

func ParseMatrix(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		var row []int
		for _, f := range strings.Fields(line) {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", i, err)
			}
			row = append(row, n)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, fmt.Errorf("row %d: %w", i, ErrRagged)
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) Rows() [][]int { return m }

func (m Matrix) Cols() [][]int {
	if len(m) == 0 {
		return nil
	}
	cols := make([][]int, len(m[0]))
	for _, row := range m {
		for j, v := range row {
			cols[j] = append(cols[j], v)
		}
	}
	return cols
}

type Pair [2]int

func (m Matrix) Saddle() []Pair {
	var out []Pair
	cols := m.Cols()
	for i, row := range m {
		rowMax := slices.Max(row)
		for j, v := range row {
			if v == rowMax && v == slices.Min(cols[j]) {
				out = append(out, Pair{i + 1, j + 1})
			}
		}
	}
	return out
}

func main() {
	tests := []struct {
		name string
		in   string
		want []Pair
	}{
		{"single saddle", "9 8 7\n5 3 2\n6 6 7", []Pair{{2, 1}}},
		{"no saddle", "1 2 3\n3 1 2\n2 3 1", nil},
		{"column of equal", "4 5 4\n3 5 5\n1 5 4", []Pair{{1, 2}, {2, 2}, {3, 2}}},
		{"row of equal", "6 7 8\n5 5 5\n7 5 6", []Pair{{2, 1}, {2, 2}, {2, 3}}},
		{"bottom right", "8 7 9\n6 7 6\n3 2 5", []Pair{{3, 3}}},
		{"non square", "3 1 3\n3 2 4", []Pair{{1, 1}, {1, 3}}},
		{"single column", "2\n1\n4\n1", []Pair{{2, 1}, {4, 1}}},
		{"ragged", "1 2\n3", nil},
		{"bad number", "1 2\n3 x", nil},
	}
	for _, tc := range tests {
		m, err := ParseMatrix(tc.in)
		if err != nil {
			fmt.Printf("ERR  %-16s %v (ragged=%t)\n", tc.name, err, errors.Is(err, ErrRagged))
			continue
		}
		got := m.Saddle()
		status := "PASS"
		if !slices.Equal(got, tc.want) {
			status = "FAIL"
		}
		fmt.Printf("%s %-16s rows=%v cols=%v saddle=%v\n", status, tc.name, m.Rows(), m.Cols(), got)
	}
}
