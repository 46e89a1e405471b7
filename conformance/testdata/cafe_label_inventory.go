package main

import "fmt"

type Shelf struct {
	Name  string
	Items []string
	Qty   []int
}

func findFirstEmpty(shelves []Shelf) (string, string, bool) {
outer:
	for _, s := range shelves {
		for i, q := range s.Qty {
			if s.Items[i] == "SKIP" {
				continue outer
			}
			if q == 0 {
				return s.Name, s.Items[i], true
			}
		}
	}
	return "", "", false
}

func roastLevel(level int) []string {
	var notes []string
	switch level {
	case 3:
		notes = append(notes, "smoky")
		fallthrough
	case 2:
		notes = append(notes, "chocolatey")
		fallthrough
	case 1:
		notes = append(notes, "nutty")
	default:
		notes = append(notes, "unknown roast")
	}
	return notes
}

func restock(stock []int, target int) int {
	i := 0
	added := 0
loop:
	if i >= len(stock) {
		goto done
	}
	if stock[i] < target {
		added += target - stock[i]
		stock[i] = target
	}
	i++
	goto loop
done:
	return added
}

func main() {
	shelves := []Shelf{
		{"bar", []string{"milk", "oat milk", "syrup"}, []int{4, 2, 6}},
		{"back", []string{"SKIP", "filters"}, []int{0, 0}},
		{"pantry", []string{"beans", "cups", "lids"}, []int{12, 0, 30}},
	}
	if shelf, item, ok := findFirstEmpty(shelves); ok {
		fmt.Printf("first empty: %s on %s shelf\n", item, shelf)
	}

	for lvl := range 5 {
		fmt.Printf("roast %d: %v\n", lvl, roastLevel(lvl))
	}

	stock := []int{3, 10, 0, 7, 1}
	added := restock(stock, 5)
	fmt.Println("restocked:", stock, "units added:", added)

	count := 0
rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if c > r {
				continue rows
			}
			if r == 3 && c == 2 {
				break rows
			}
			count++
		}
	}
	fmt.Println("tables wiped before break:", count)

	day := "sat"
	switch day {
	case "sat", "sun":
		fmt.Println("weekend hours: 8-16")
	case "mon":
		fmt.Println("closed")
	default:
		fmt.Println("weekday hours: 7-18")
	}

	switch x := len(stock); {
	case x > 4:
		fmt.Println("many product lines:", x)
	case x > 0:
		fmt.Println("few product lines:", x)
	}
}
