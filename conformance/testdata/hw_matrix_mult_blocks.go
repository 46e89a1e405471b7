package main

import (
	"fmt"
	"sync"
)

type Matrix [][]int

func NewMatrix(rows, cols int, f func(i, j int) int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func (m Matrix) Equal(o Matrix) bool {
	for i := range m {
		for j := range m[i] {
			if m[i][j] != o[i][j] {
				return false
			}
		}
	}
	return len(m) == len(o)
}

func mulRows(a, b, c Matrix, lo, hi int) {
	for i := lo; i < hi; i++ {
		for j := range b[0] {
			sum := 0
			for k := range b {
				sum += a[i][k] * b[k][j]
			}
			c[i][j] = sum
		}
	}
}

func MulSequential(a, b Matrix) Matrix {
	c := NewMatrix(len(a), len(b[0]), func(int, int) int { return 0 })
	mulRows(a, b, c, 0, len(a))
	return c
}

func MulParallel(a, b Matrix, blocks int) Matrix {
	c := NewMatrix(len(a), len(b[0]), func(int, int) int { return 0 })
	size := (len(a) + blocks - 1) / blocks
	var wg sync.WaitGroup
	for lo := 0; lo < len(a); lo += size {
		hi := min(lo+size, len(a))
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			mulRows(a, b, c, lo, hi)
		}(lo, hi)
	}
	wg.Wait()
	return c
}

func main() {
	a := NewMatrix(40, 30, func(i, j int) int { return (i*7+j*3)%11 - 5 })
	b := NewMatrix(30, 25, func(i, j int) int { return (i*5+j*2)%13 - 6 })
	seq := MulSequential(a, b)
	for _, blocks := range []int{1, 3, 4, 7} {
		par := MulParallel(a, b, blocks)
		fmt.Printf("blocks=%d equal=%v\n", blocks, par.Equal(seq))
	}
	trace := 0
	for i := range min(len(seq), len(seq[0])) {
		trace += seq[i][i]
	}
	fmt.Println("corner:", seq[0][:5])
	fmt.Println("trace:", trace)
}
