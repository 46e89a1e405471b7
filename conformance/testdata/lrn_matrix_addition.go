package main

import (
	"errors"
	"fmt"
)

var operations = 0

func main() {
	a := [][]int{
		{1, 2, 3},
		{4, 5, 6},
	}
	b := [][]int{
		{10, 20, 30},
		{40, 50, 60},
	}
	fmt.Println("a =", a)
	fmt.Println("b =", b)

	sum, err := addMatrices(a, b)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("a + b =", sum)
	printMatrix(sum)

	c := [][]int{{1, 1}, {1, 1}}
	bad, err := addMatrices(a, c)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("bad result:", bad, "is nil:", bad == nil)

	t := transpose(a)
	fmt.Println("transpose(a) =", t)
	printMatrix(t)

	scaled := make([][]int, len(a))
	for i := 0; i < len(a); i++ {
		scaled[i] = make([]int, len(a[i]))
		for j := 0; j < len(a[i]); j++ {
			scaled[i][j] = a[i][j] * 3
			operations++
		}
	}
	fmt.Println("3 * a =", scaled)

	identity := make([][]float64, 3)
	for i := range 3 {
		identity[i] = make([]float64, 3)
		identity[i][i] = 1.0
	}
	fmt.Println("identity:", identity)

	total := 0
	for _, row := range sum {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println("sum of all elements:", total)
	fmt.Println("operations performed:", operations)
}

func addMatrices(a, b [][]int) ([][]int, error) {
	if len(a) != len(b) {
		return nil, errors.New("row counts differ")
	}
	result := [][]int{}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return nil, fmt.Errorf("row %d: %d columns vs %d columns", i, len(a[i]), len(b[i]))
		}
		row := []int{}
		for j := range a[i] {
			row = append(row, a[i][j]+b[i][j])
			operations++
		}
		result = append(result, row)
	}
	return result, nil
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	out := make([][]int, len(m[0]))
	for j := range m[0] {
		for i := range m {
			out[j] = append(out[j], m[i][j])
		}
	}
	return out
}

func printMatrix(m [][]int) {
	for _, row := range m {
		line := ""
		for _, v := range row {
			line += fmt.Sprintf("%4d", v)
		}
		fmt.Println(line)
	}
}
