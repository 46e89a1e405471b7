package main

import "fmt"

type Recipe struct {
	Name        string
	Ingredients []string
}

// spiceLevel shows switch fallthrough: each level includes milder ones.
func spiceLevel(level int) []string {
	var notes []string
	switch level {
	case 3:
		notes = append(notes, "habanero")
		fallthrough
	case 2:
		notes = append(notes, "chilli flakes")
		fallthrough
	case 1:
		notes = append(notes, "black pepper")
	default:
		notes = append(notes, "no heat")
	}
	return notes
}

func main() {
	book := []Recipe{
		{"caprese", []string{"tomato", "mozzarella", "basil"}},
		{"carbonara", []string{"spaghetti", "egg", "pecorino", "guanciale"}},
		{"satay", []string{"chicken", "peanut", "soy", "lime"}},
		{"pesto", []string{"basil", "pine nut", "parmesan", "garlic"}},
	}
	allergens := []string{"peanut", "pine nut"}

	// A labelled continue skips the rest of a recipe as soon as one
	// allergen is found.
outer:
	for _, r := range book {
		for _, ing := range r.Ingredients {
			for _, a := range allergens {
				if ing == a {
					fmt.Printf("%-9s contains %s - skipped\n", r.Name, a)
					continue outer
				}
			}
		}
		fmt.Printf("%-9s is safe\n", r.Name)
	}

	// A labelled break stops all searching on the first match.
	found := ""
search:
	for _, r := range book {
		for _, ing := range r.Ingredients {
			if ing == "basil" {
				found = r.Name
				break search
			}
		}
	}
	fmt.Println("first recipe with basil:", found)

	for lvl := range 4 {
		fmt.Printf("level %d: %v\n", lvl, spiceLevel(lvl))
	}

	// goto used as a simple retry loop for a dough that needs proofing.
	rises := 0
	volume := 100
proof:
	rises++
	volume += volume / 2
	if volume < 300 {
		fmt.Printf("rise %d: volume %d%%, wait more\n", rises, volume)
		goto proof
	}
	fmt.Printf("rise %d: volume %d%%, ready to bake\n", rises, volume)
}
