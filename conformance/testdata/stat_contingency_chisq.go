package main

import (
	"fmt"
	"slices"
	"strings"
)

type Survey struct {
	Group  string
	Answer string
}

type Table struct {
	Rows, Cols []string
	Cells      map[[2]string]int
}

func Crosstab(data []Survey) *Table {
	t := &Table{Cells: map[[2]string]int{}}
	for _, s := range data {
		if !slices.Contains(t.Rows, s.Group) {
			t.Rows = append(t.Rows, s.Group)
		}
		if !slices.Contains(t.Cols, s.Answer) {
			t.Cols = append(t.Cols, s.Answer)
		}
		t.Cells[[2]string{s.Group, s.Answer}]++
	}
	slices.Sort(t.Rows)
	slices.Sort(t.Cols)
	return t
}

func (t *Table) margins() (rowT, colT map[string]int, n int) {
	rowT, colT = map[string]int{}, map[string]int{}
	for k, v := range t.Cells {
		rowT[k[0]] += v
		colT[k[1]] += v
		n += v
	}
	return
}

func (t *Table) Print() {
	rowT, colT, n := t.margins()
	fmt.Printf("%-8s", "")
	for _, c := range t.Cols {
		fmt.Printf("%8s", c)
	}
	fmt.Printf("%8s\n", "total")
	for _, r := range t.Rows {
		fmt.Printf("%-8s", r)
		for _, c := range t.Cols {
			fmt.Printf("%8d", t.Cells[[2]string{r, c}])
		}
		fmt.Printf("%8d\n", rowT[r])
	}
	fmt.Printf("%-8s", "total")
	for _, c := range t.Cols {
		fmt.Printf("%8d", colT[c])
	}
	fmt.Printf("%8d\n", n)
}

func (t *Table) ChiSquare() (chi float64, df int) {
	rowT, colT, n := t.margins()
	for _, r := range t.Rows {
		for _, c := range t.Cols {
			exp := float64(rowT[r]) * float64(colT[c]) / float64(n)
			d := float64(t.Cells[[2]string{r, c}]) - exp
			chi += d * d / exp
		}
	}
	return chi, (len(t.Rows) - 1) * (len(t.Cols) - 1)
}

func main() {
	raw := "student:yes student:yes student:no student:maybe student:yes student:yes " +
		"teacher:no teacher:no teacher:yes teacher:maybe teacher:no " +
		"parent:maybe parent:yes parent:no parent:maybe parent:maybe parent:no " +
		"student:yes student:maybe teacher:no parent:yes student:no"
	var data []Survey
	for _, tok := range strings.Fields(raw) {
		g, a, ok := strings.Cut(tok, ":")
		if !ok {
			continue
		}
		data = append(data, Survey{g, a})
	}
	fmt.Printf("responses: %d, first: %+v\n\n", len(data), data[0])
	t := Crosstab(data)
	t.Print()
	chi, df := t.ChiSquare()
	fmt.Printf("\nchi-square = %.4f with df = %d\n", chi, df)
	critical := map[int]float64{1: 3.841, 2: 5.991, 3: 7.815, 4: 9.488}
	if chi > critical[df] {
		fmt.Printf("significant at 5%% (critical %.3f)\n", critical[df])
	} else {
		fmt.Printf("not significant at 5%% (critical %.3f)\n", critical[df])
	}
	rowT, _, _ := t.margins()
	fmt.Println("\nrow percentages:")
	for _, r := range t.Rows {
		fmt.Printf("  %-8s", r)
		for _, c := range t.Cols {
			fmt.Printf(" %s=%5.1f%%", c, 100*float64(t.Cells[[2]string{r, c}])/float64(rowT[r]))
		}
		fmt.Println()
	}
}
