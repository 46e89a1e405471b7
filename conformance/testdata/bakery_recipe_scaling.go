package main

import (
	"fmt"
	"strings"
)

// Ingredient is one line of a recipe.
type Ingredient struct {
	Name   string
	Amount float64
	Unit   string
}

// Recipe holds a list of ingredients for a given yield.
type Recipe struct {
	Title       string
	Yield       int
	Ingredients []Ingredient
}

// TotalGrams adds up every ingredient measured in grams.
func (r Recipe) TotalGrams() float64 {
	total := 0.0
	for _, ing := range r.Ingredients {
		if ing.Unit == "g" {
			total += ing.Amount
		}
	}
	return total
}

// Scale returns a new recipe sized for the wanted yield.
func (r Recipe) Scale(yield int) Recipe {
	factor := float64(yield) / float64(r.Yield)
	out := Recipe{Title: r.Title, Yield: yield}
	for _, ing := range r.Ingredients {
		ing.Amount *= factor
		out.Ingredients = append(out.Ingredients, ing)
	}
	return out
}

// AddIngredient modifies the recipe in place.
func (r *Recipe) AddIngredient(name string, amount float64, unit string) {
	r.Ingredients = append(r.Ingredients, Ingredient{name, amount, unit})
}

// Print writes a small table for the recipe.
func (r Recipe) Print() {
	fmt.Printf("== %s (yield %d) ==\n", r.Title, r.Yield)
	for _, ing := range r.Ingredients {
		fmt.Printf("  %-10s %8.2f %s\n", ing.Name, ing.Amount, ing.Unit)
	}
	fmt.Printf("  %-10s %8.2f g\n", "total", r.TotalGrams())
}

func main() {
	bread := Recipe{Title: "Country Loaf", Yield: 2}
	bread.AddIngredient("flour", 1000, "g")
	bread.AddIngredient("water", 750, "g")
	bread.AddIngredient("salt", 20, "g")
	bread.AddIngredient("levain", 200, "g")
	bread.AddIngredient("seeds", 2, "tbsp")

	bread.Print()

	for _, n := range []int{1, 5, 12} {
		scaled := bread.Scale(n)
		scaled.Print()
	}

	// The original is untouched because Scale uses a value receiver.
	fmt.Println(strings.Repeat("-", 30))
	fmt.Printf("original still yields %d, flour %.0f g\n",
		bread.Yield, bread.Ingredients[0].Amount)

	hydration := bread.Ingredients[1].Amount / bread.Ingredients[0].Amount * 100
	fmt.Printf("hydration: %.1f%%\n", hydration)
}
