package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Desk struct {
	Row, Col int
}

func (d Desk) String() string { return fmt.Sprintf("R%dC%d", d.Row+1, d.Col+1) }

type SeatingPlan struct {
	Rows, Cols int
	seats      map[Desk]string
}

func NewSeatingPlan(rows, cols int) *SeatingPlan {
	return &SeatingPlan{Rows: rows, Cols: cols, seats: make(map[Desk]string)}
}

func (p *SeatingPlan) Assign(r *rand.Rand, pupils []string) {
	shuffled := slices.Clone(pupils)
	r.Shuffle(len(shuffled), func(i, j int) {
		shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
	})
	for i, name := range shuffled {
		if i >= p.Rows*p.Cols {
			break
		}
		p.seats[Desk{i / p.Cols, i % p.Cols}] = name
	}
}

func (p *SeatingPlan) Print() {
	for row := range p.Rows {
		cells := make([]string, p.Cols)
		for col := range p.Cols {
			name, ok := p.seats[Desk{row, col}]
			if !ok {
				name = "(empty)"
			}
			cells[col] = fmt.Sprintf("%-8s", name)
		}
		fmt.Println(strings.TrimRight(strings.Join(cells, "|"), " "))
	}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	pupils := []string{"Anouk", "Boris", "Celia", "Dima", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jasper"}

	plan := NewSeatingPlan(3, 4)
	plan.Assign(r, pupils)
	plan.Print()

	var desks []Desk
	for d, name := range plan.seats {
		if strings.ContainsAny(name[:1], "AEIOU") {
			desks = append(desks, d)
		}
	}
	slices.SortFunc(desks, func(a, b Desk) int {
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.Col - b.Col
	})
	fmt.Println("vowel names at:", desks)

	fmt.Print("pop quiz questions:")
	for range 5 {
		fmt.Print(" ", r.IntN(20)+1)
	}
	fmt.Println()

	helper := pupils[r.IntN(len(pupils))]
	fmt.Println("board monitor:", helper)

	perm := r.Perm(5)
	fmt.Println("presentation order:", perm)

	scores := make([]float64, 4)
	for i := range scores {
		scores[i] = 50 + 50*r.Float64()
	}
	fmt.Printf("simulated scores: %.1f\n", scores)
}
