package main

import (
	"fmt"
	"strings"
)

type Unit int

const (
	Gram Unit = iota
	Kilogram
	Millilitre
	Litre
	Piece
)

var unitNames = [...]string{"g", "kg", "ml", "l", "pc"}

func (u Unit) String() string {
	if u < 0 || int(u) >= len(unitNames) {
		return fmt.Sprintf("Unit(%d)", int(u))
	}
	return unitNames[u]
}

type Quantity struct {
	Value float64
	Unit  Unit
}

func (q Quantity) String() string {
	return fmt.Sprintf("%g %v", q.Value, q.Unit)
}

// Normalize converts large units into base units.
func (q Quantity) Normalize() Quantity {
	switch q.Unit {
	case Kilogram:
		return Quantity{q.Value * 1000, Gram}
	case Litre:
		return Quantity{q.Value * 1000, Millilitre}
	}
	return q
}

type DoughStage int

const (
	Mixing DoughStage = iota + 1
	BulkFerment
	Shaping
	Proofing
	Baking
	Cooling
)

func (s DoughStage) String() string {
	switch s {
	case Mixing:
		return "mixing"
	case BulkFerment:
		return "bulk ferment"
	case Shaping:
		return "shaping"
	case Proofing:
		return "proofing"
	case Baking:
		return "baking"
	case Cooling:
		return "cooling"
	}
	return "stage?"
}

func (s DoughStage) Next() DoughStage {
	if s >= Cooling {
		return Cooling
	}
	return s + 1
}

type Shelf []Quantity

func (s Shelf) String() string {
	parts := make([]string, len(s))
	for i, q := range s {
		parts[i] = q.String()
	}
	return "[" + strings.Join(parts, " | ") + "]"
}

func main() {
	shelf := Shelf{{2.5, Kilogram}, {750, Millilitre}, {1.2, Litre}, {36, Piece}, {5, Unit(9)}}
	fmt.Println("shelf:", shelf)
	for _, q := range shelf {
		fmt.Printf("%-10v -> %v\n", q, q.Normalize())
	}
	fmt.Printf("%%d of Litre is %d, %%v is %v, %%q is %q\n", Litre, Litre, Litre)

	stage := Mixing
	for stage != Cooling {
		fmt.Printf("%d:%v -> %v\n", stage, stage, stage.Next())
		stage = stage.Next()
	}
	fmt.Println("final:", stage, "| zero value:", DoughStage(0))
	fmt.Println(fmt.Sprint(Piece, " ", Gram), fmt.Sprintf("%s", Kilogram))
}
