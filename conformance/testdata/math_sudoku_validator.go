package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [9][9]int

type Conflict struct {
	Unit         string
	Index, Digit int
}

func (c Conflict) Error() string {
	return fmt.Sprintf("digit %d repeated in %s %d", c.Digit, c.Unit, c.Index+1)
}

var ErrIncomplete = errors.New("grid has empty cells")

func parse(rows string) Grid {
	var g Grid
	for i, line := range strings.Fields(rows) {
		for j, ch := range line {
			if ch >= '1' && ch <= '9' {
				g[i][j] = int(ch - '0')
			}
		}
	}
	return g
}

// Validate returns all conflicts joined, plus ErrIncomplete if there are zeros.
func (g *Grid) Validate() error {
	var errs []error
	check := func(unit string, idx int, cell func(k int) int) {
		var seen [10]bool
		for k := range 9 {
			d := cell(k)
			if d != 0 && seen[d] {
				errs = append(errs, Conflict{unit, idx, d})
			}
			seen[d] = true
		}
	}
	empty := 0
	for i := range 9 {
		check("row", i, func(k int) int { return g[i][k] })
		check("column", i, func(k int) int { return g[k][i] })
		check("box", i, func(k int) int { return g[i/3*3+k/3][i%3*3+k%3] })
		for j := range 9 {
			if g[i][j] == 0 {
				empty++
			}
		}
	}
	if empty > 0 {
		errs = append(errs, fmt.Errorf("%d cells: %w", empty, ErrIncomplete))
	}
	return errors.Join(errs...)
}

const solved = `
534678912 672195348 198342567 859761423 426853791
713924856 961537284 287419635 345286179`

func main() {
	good := parse(solved)
	fmt.Println("solved grid valid:", good.Validate() == nil)
	fmt.Println("row 5:", good[4], "sum", func() int {
		s := 0
		for _, v := range good[4] {
			s += v
		}
		return s
	}())

	partial := good
	partial[0][0], partial[4][4], partial[8][8] = 0, 0, 0
	err := partial.Validate()
	fmt.Printf("partial: %v | incomplete=%t | original untouched=%t\n", err, errors.Is(err, ErrIncomplete), good[0][0] == 5)

	bad := good
	bad[0][0], bad[0][1] = bad[0][1], bad[0][0] // swap within a row: breaks columns
	bad[8][8] = 1
	err = bad.Validate()
	fmt.Printf("bad grid errors:\n%v\n", err)
	var c Conflict
	if errors.As(err, &c) {
		fmt.Printf("first conflict: %+v\n", c)
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("number of problems:", len(joined.Unwrap()))
	}
	for _, row := range bad[:3] {
		fmt.Println(strings.Trim(strings.ReplaceAll(fmt.Sprint(row), " ", ""), "[]"))
	}
}
