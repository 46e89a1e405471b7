package main

import (
	"fmt"
	"strings"
)

// Number is any numeric type we can add up.
type Number interface {
	~int | ~int64 | ~float64
}

// Sum adds up a slice of numbers.
func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

// SumBy adds up a field picked out of each element.
func SumBy[E any, T Number](items []E, pick func(E) T) T {
	var total T
	for _, it := range items {
		total += pick(it)
	}
	return total
}

// Calories is a Stringer so totals print nicely.
type Calories float64

func (c Calories) String() string { return fmt.Sprintf("%.1f kcal", float64(c)) }

type Grams float64

func (g Grams) String() string { return fmt.Sprintf("%.1fg", float64(g)) }

type Food struct {
	Name    string
	Energy  Calories
	Protein Grams
	Fat     Grams
	Carbs   Grams
}

func main() {
	salad := []Food{
		{"chickpeas", 164, 8.9, 2.6, 27.4},
		{"cucumber", 15, 0.7, 0.1, 3.6},
		{"feta", 264, 14.2, 21.3, 4.1},
		{"olive oil", 119, 0, 13.5, 0},
		{"tomato", 22, 1.1, 0.2, 4.8},
	}

	fmt.Println(strings.Repeat("-", 44))
	for _, f := range salad {
		fmt.Printf("%-10s %12v %8v %8v %8v\n", f.Name, f.Energy, f.Protein, f.Fat, f.Carbs)
	}
	fmt.Println(strings.Repeat("-", 44))

	energy := SumBy(salad, func(f Food) Calories { return f.Energy })
	protein := SumBy(salad, func(f Food) Grams { return f.Protein })
	fat := SumBy(salad, func(f Food) Grams { return f.Fat })
	carbs := SumBy(salad, func(f Food) Grams { return f.Carbs })
	fmt.Printf("%-10s %12v %8v %8v %8v\n", "TOTAL", energy, protein, fat, carbs)

	fmt.Printf("type of total energy: %T\n", energy)
	fmt.Println("portions per day:", Sum([]int{1, 2, 1}))
	fmt.Printf("macro grams: %.2f\n", Sum([]Grams{protein, fat, carbs}))

	// Share of energy from fat (9 kcal per gram).
	share := float64(fat) * 9 / float64(energy) * 100
	fmt.Printf("energy from fat: %5.1f%%\n", share)
}
