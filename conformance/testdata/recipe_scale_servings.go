package main

import "fmt"

// Ingredient is one line of a recipe.
type Ingredient struct {
	Name   string
	Amount float64
	Unit   string
}

// Recipe groups ingredients for a number of servings.
type Recipe struct {
	Title       string
	Servings    int
	Ingredients []Ingredient
}

// Scaled returns a copy of the recipe for a new number of servings.
// It uses a value receiver, so the original is left unchanged.
func (r Recipe) Scaled(servings int) Recipe {
	factor := float64(servings) / float64(r.Servings)
	out := Recipe{Title: r.Title, Servings: servings}
	out.Ingredients = make([]Ingredient, len(r.Ingredients))
	for i, ing := range r.Ingredients {
		ing.Amount *= factor
		out.Ingredients[i] = ing
	}
	return out
}

// Add appends an ingredient in place using a pointer receiver.
func (r *Recipe) Add(name string, amount float64, unit string) {
	r.Ingredients = append(r.Ingredients, Ingredient{name, amount, unit})
}

// Print writes the recipe as a small table.
func (r Recipe) Print() {
	fmt.Printf("== %s (serves %d) ==\n", r.Title, r.Servings)
	for _, ing := range r.Ingredients {
		fmt.Printf("%-12s %8.2f %s\n", ing.Name, ing.Amount, ing.Unit)
	}
}

func main() {
	pancakes := Recipe{Title: "Pancakes", Servings: 4}
	pancakes.Add("flour", 200, "g")
	pancakes.Add("milk", 300, "ml")
	pancakes.Add("egg", 2, "pc")
	pancakes.Add("sugar", 1.5, "tbsp")
	pancakes.Add("salt", 0.25, "tsp")

	pancakes.Print()
	for _, n := range []int{2, 6} {
		pancakes.Scaled(n).Print()
	}

	fmt.Printf("original still serves %d, flour %.0f%s\n",
		pancakes.Servings, pancakes.Ingredients[0].Amount, pancakes.Ingredients[0].Unit)
}
