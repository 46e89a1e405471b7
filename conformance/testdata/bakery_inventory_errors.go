package main

import (
	"errors"
	"fmt"
)

var ErrUnknownItem = errors.New("unknown item")

// ShortageError reports that the pantry does not hold enough of something.
type ShortageError struct {
	Item       string
	Have, Need float64
}

func (e *ShortageError) Error() string {
	return fmt.Sprintf("short of %s: have %.1f, need %.1f", e.Item, e.Have, e.Need)
}

type Pantry struct {
	stock map[string]float64
}

func NewPantry() *Pantry {
	return &Pantry{stock: map[string]float64{
		"flour":  5000,
		"butter": 400,
		"sugar":  1200,
		"eggs":   12,
	}}
}

func (p *Pantry) Take(item string, qty float64) error {
	have, ok := p.stock[item]
	if !ok {
		return fmt.Errorf("take %q: %w", item, ErrUnknownItem)
	}
	if have < qty {
		return &ShortageError{Item: item, Have: have, Need: qty}
	}
	p.stock[item] = have - qty
	return nil
}

func (p *Pantry) Bake(name string, needs map[string]float64, order []string) error {
	for _, item := range order {
		if err := p.Take(item, needs[item]); err != nil {
			return fmt.Errorf("baking %s: %w", name, err)
		}
	}
	return nil
}

func main() {
	p := NewPantry()
	order := []string{"flour", "butter", "sugar", "eggs"}

	jobs := []struct {
		name  string
		needs map[string]float64
		order []string
	}{
		{"shortbread", map[string]float64{"flour": 300, "butter": 200, "sugar": 100}, order[:3]},
		{"pound cake", map[string]float64{"flour": 250, "butter": 250, "sugar": 250, "eggs": 4}, order},
		{"macarons", map[string]float64{"almond": 200}, []string{"almond"}},
		{"sponge", map[string]float64{"flour": 200, "sugar": 200, "eggs": 6}, []string{"flour", "sugar", "eggs"}},
	}

	for _, j := range jobs {
		err := p.Bake(j.name, j.needs, j.order)
		var short *ShortageError
		switch {
		case err == nil:
			fmt.Printf("%-11s ok\n", j.name)
		case errors.Is(err, ErrUnknownItem):
			fmt.Printf("%-11s skipped: %v\n", j.name, err)
		case errors.As(err, &short):
			fmt.Printf("%-11s failed: %v\n", j.name, err)
			fmt.Printf("%-11s   -> buy %.1f more %s\n", "", short.Need-short.Have, short.Item)
		default:
			fmt.Printf("%-11s unexpected: %v\n", j.name, err)
		}
	}

	fmt.Println("remaining stock:")
	for _, item := range order {
		fmt.Printf("  %-6s %7.1f\n", item, p.stock[item])
	}

	wrapped := fmt.Errorf("night shift: %w", &ShortageError{"yeast", 0, 50})
	fmt.Println(wrapped)
	fmt.Println("unwrapped:", errors.Unwrap(wrapped))
}
