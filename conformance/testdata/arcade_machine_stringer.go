package main

import (
	"fmt"
	"sort"
)

type Genre int

const (
	Shooter Genre = iota
	Racing
	Fighting
	Puzzle
)

func (g Genre) String() string {
	switch g {
	case Shooter:
		return "Shooter"
	case Racing:
		return "Racing"
	case Fighting:
		return "Fighting"
	case Puzzle:
		return "Puzzle"
	}
	return fmt.Sprintf("Genre(%d)", int(g))
}

type Machine struct {
	Name      string
	Genre     Genre
	CostCents int
	Year      int
}

func (m Machine) String() string {
	return fmt.Sprintf("%s (%d) [%v] $%.2f", m.Name, m.Year, m.Genre, float64(m.CostCents)/100)
}

func main() {
	floor := []Machine{
		{"Galaxy Raiders", Shooter, 50, 1981},
		{"Turbo Lane", Racing, 100, 1989},
		{"Iron Fist II", Fighting, 75, 1993},
		{"Block Drop", Puzzle, 25, 1988},
		{"Nebula Storm", Shooter, 50, 1985},
	}

	sort.Slice(floor, func(i, j int) bool {
		if floor[i].Year != floor[j].Year {
			return floor[i].Year < floor[j].Year
		}
		return floor[i].Name < floor[j].Name
	})

	fmt.Println("Arcade floor by year:")
	for i, m := range floor {
		fmt.Printf("%2d. %v\n", i+1, m)
	}

	fmt.Println()
	m := floor[0]
	fmt.Printf("%%v:  %v\n", m)
	fmt.Printf("%%+v: %+v\n", struct {
		Name string
		Cost int
	}{m.Name, m.CostCents})
	fmt.Printf("%%T:  %T\n", m)
	fmt.Printf("%%q:  %q\n", m.Name)
	fmt.Printf("%%x:  %x\n", m.Year)
	fmt.Printf("%%d genre: %d, %%v genre: %v\n", m.Genre, m.Genre)
	fmt.Printf("unknown genre: %v\n", Genre(9))
	fmt.Printf("cost: |%8.2f|%-8.2f|\n", float64(m.CostCents)/100, float64(m.CostCents)/100)
}
