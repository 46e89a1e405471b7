package main

import (
	"fmt"
	"sync"
)

type Matrix [][]int

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	var wg sync.WaitGroup
	for i := range a {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			row := make([]int, len(b[0]))
			for j := range row {
				for k := range b {
					row[j] += a[i][k] * b[k][j]
				}
			}
			out[i] = row
		}(i)
	}
	wg.Wait()
	return out
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c := a.Mul(b)
	for _, row := range c {
		fmt.Println(row)
	}
	fmt.Println(c.Mul(identity(2)))
	fmt.Printf("%v %d\n", identity(3), len(c))
}
