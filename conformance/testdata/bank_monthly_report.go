package main

import (
	"fmt"
	"strings"
)

var monthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

type Year struct {
	Income   [12]int
	Expenses [12]int
}

func (y *Year) Net(m int) int { return y.Income[m] - y.Expenses[m] }

func sum(a [12]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func bar(v, scale int) string {
	if v <= 0 {
		return "(deficit)"
	}
	return strings.Repeat("#", v/scale)
}

func quarter(m int) int { return m/3 + 1 }

func main() {
	y := Year{
		Income:   [12]int{3200, 3200, 3350, 3200, 4100, 3200, 3200, 3200, 3600, 3200, 3200, 5400},
		Expenses: [12]int{2900, 2650, 3100, 3500, 2800, 2950, 4200, 3000, 2700, 2850, 3050, 4600},
	}

	fmt.Printf("%-4s %7s %7s %7s  %s\n", "Mon", "In", "Out", "Net", "Savings")
	cumulative := 0
	bestMonth, worstMonth := 0, 0
	for m := range 12 {
		n := y.Net(m)
		cumulative += n
		if n > y.Net(bestMonth) {
			bestMonth = m
		}
		if n < y.Net(worstMonth) {
			worstMonth = m
		}
		fmt.Printf("%-4s %7d %7d %+7d  %s\n", monthNames[m], y.Income[m], y.Expenses[m], n, bar(n, 100))
	}

	fmt.Println()
	var quarters [4]int
	for m := range 12 {
		quarters[quarter(m)-1] += y.Net(m)
	}
	for q, v := range quarters {
		fmt.Printf("Q%d net: %+6d\n", q+1, v)
	}

	totalIn, totalOut := sum(y.Income), sum(y.Expenses)
	fmt.Println()
	fmt.Printf("Total income:   %6d\n", totalIn)
	fmt.Printf("Total expenses: %6d\n", totalOut)
	fmt.Printf("Saved:          %6d (%.1f%% of income)\n", cumulative, float64(cumulative)*100/float64(totalIn))
	fmt.Printf("Best month:  %s (%+d)\n", monthNames[bestMonth], y.Net(bestMonth))
	fmt.Printf("Worst month: %s (%+d)\n", monthNames[worstMonth], y.Net(worstMonth))

	negative := 0
	for m := range y.Income {
		if y.Net(m) < 0 {
			negative++
		}
	}
	fmt.Printf("Months in the red: %d of %d\n", negative, len(monthNames))
	copyYear := y
	copyYear.Expenses[0] = 0
	fmt.Println("arrays are copied by value:", y.Expenses[0], copyYear.Expenses[0])
}
