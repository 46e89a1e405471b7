package main

import (
	"fmt"
	"iter"
	"strings"
)

type Weekday int

const (
	Monday Weekday = iota
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	Sunday
)

var dayNames = [...]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

func (d Weekday) String() string { return dayNames[d] }

type MealPlan struct {
	breakfasts []string
	dinners    []string
}

// Days yields each day of the week with its planned meals.
func (p MealPlan) Days() iter.Seq2[Weekday, string] {
	return func(yield func(Weekday, string) bool) {
		for i := range 7 {
			b := p.breakfasts[i%len(p.breakfasts)]
			d := p.dinners[i%len(p.dinners)]
			if !yield(Weekday(i), b+" / "+d) {
				return
			}
		}
	}
}

// Weekend yields only Saturday and Sunday.
func Weekend(seq iter.Seq2[Weekday, string]) iter.Seq2[Weekday, string] {
	return func(yield func(Weekday, string) bool) {
		for d, m := range seq {
			if d < Saturday {
				continue
			}
			if !yield(d, m) {
				return
			}
		}
	}
}

func main() {
	plan := MealPlan{
		breakfasts: []string{"oatmeal", "toast", "yogurt"},
		dinners:    []string{"curry", "risotto", "tacos", "soup", "lasagna"},
	}

	fmt.Println("Full week:")
	for d, meals := range plan.Days() {
		fmt.Printf("  %v: %s\n", d, meals)
	}

	fmt.Println("Weekend only:")
	for d, meals := range Weekend(plan.Days()) {
		fmt.Printf("  %-3v %q\n", d, meals)
	}

	fmt.Println("First three days:")
	for d, meals := range plan.Days() {
		if d > Wednesday {
			break
		}
		fmt.Printf("  %d %s\n", int(d), strings.ToUpper(meals))
	}
}
