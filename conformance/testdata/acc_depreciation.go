package main

import (
	"fmt"
	"strings"
)

type Asset struct {
	Name    string
	Cost    int64 // cents
	Salvage int64
	Life    int // years
}

type Method interface {
	Name() string
	Schedule(a Asset) []int64
}

type StraightLine struct{}

func (StraightLine) Name() string { return "Straight-line" }
func (StraightLine) Schedule(a Asset) []int64 {
	base := a.Cost - a.Salvage
	out := make([]int64, a.Life)
	for i := range out {
		out[i] = base / int64(a.Life)
	}
	out[a.Life-1] += base % int64(a.Life) // put rounding remainder in last year
	return out
}

type DecliningBalance struct{ Factor float64 }

func (d DecliningBalance) Name() string { return fmt.Sprintf("Declining %.1fx", d.Factor) }
func (d DecliningBalance) Schedule(a Asset) []int64 {
	out := make([]int64, a.Life)
	book := a.Cost
	for y := range out {
		remaining := a.Life - y
		dep := int64(float64(book)*d.Factor/float64(a.Life) + 0.5)
		// switch to straight-line when it gives a larger charge
		if sl := (book - a.Salvage) / int64(remaining); sl > dep || y == a.Life-1 {
			dep = sl
			if y == a.Life-1 {
				dep = book - a.Salvage
			}
		}
		dep = min(dep, book-a.Salvage)
		out[y] = dep
		book -= dep
	}
	return out
}

type SumOfYears struct{}

func (SumOfYears) Name() string { return "Sum-of-years" }
func (SumOfYears) Schedule(a Asset) []int64 {
	syd := int64(a.Life * (a.Life + 1) / 2)
	base := a.Cost - a.Salvage
	out := make([]int64, a.Life)
	var used int64
	for y := range out {
		out[y] = base * int64(a.Life-y) / syd
		used += out[y]
	}
	out[a.Life-1] += base - used
	return out
}

func c(v int64) string { return fmt.Sprintf("%.2f", float64(v)/100) }

func main() {
	assets := []Asset{
		{"Delivery van", 3850000, 500000, 5},
		{"Server rack", 1299999, 0, 4},
	}
	methods := []Method{StraightLine{}, DecliningBalance{2}, DecliningBalance{1.5}, SumOfYears{}}

	for _, a := range assets {
		fmt.Printf("%s: cost %s, salvage %s, life %d years\n", a.Name, c(a.Cost), c(a.Salvage), a.Life)
		fmt.Printf("%-6s", "Year")
		for _, m := range methods {
			fmt.Printf(" %16s", m.Name())
		}
		fmt.Println()
		scheds := make([][]int64, len(methods))
		for i, m := range methods {
			scheds[i] = m.Schedule(a)
		}
		totals := make([]int64, len(methods))
		for y := range a.Life {
			fmt.Printf("%-6d", y+1)
			for i := range methods {
				fmt.Printf(" %16s", c(scheds[i][y]))
				totals[i] += scheds[i][y]
			}
			fmt.Println()
		}
		fmt.Printf("%-6s", "Total")
		for _, t := range totals {
			fmt.Printf(" %16s", c(t))
		}
		fmt.Println()

		fmt.Println("Book value at year end (declining 2x):")
		book := a.Cost
		for y, dep := range scheds[1] {
			book -= dep
			bar := strings.Repeat("#", int(book*40/a.Cost))
			fmt.Println(strings.TrimRight(fmt.Sprintf("  %d %12s %s", y+1, c(book), bar), " "))
		}
		fmt.Println()
	}
}
