package main

import (
	"fmt"
	"sort"
)

type Species int

const (
	Lion Species = iota
	Penguin
	Giraffe
	Tortoise
)

func (s Species) String() string {
	switch s {
	case Lion:
		return "lion"
	case Penguin:
		return "penguin"
	case Giraffe:
		return "giraffe"
	case Tortoise:
		return "tortoise"
	}
	return fmt.Sprintf("Species(%d)", int(s))
}

type Animal struct {
	Name    string
	Kind    Species
	Age     int
	WeightK float64
}

func (a Animal) String() string {
	return fmt.Sprintf("%s the %v (%d yrs, %.1f kg)", a.Name, a.Kind, a.Age, a.WeightK)
}

func (a *Animal) Birthday() {
	a.Age++
}

type byWeight []Animal

func (b byWeight) Len() int           { return len(b) }
func (b byWeight) Less(i, j int) bool { return b[i].WeightK < b[j].WeightK }
func (b byWeight) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	animals := []Animal{
		{"Leo", Lion, 7, 190.5},
		{"Pip", Penguin, 3, 4.2},
		{"Stretch", Giraffe, 12, 828},
		{"Shelly", Tortoise, 84, 215.3},
		{"Waddles", Penguin, 5, 5.1},
	}

	fmt.Println("Roster:")
	for i, a := range animals {
		fmt.Printf("%2d. %v\n", i+1, a)
	}

	for i := range animals {
		animals[i].Birthday()
	}
	fmt.Println("After birthdays:")
	for _, a := range animals {
		fmt.Printf("  %-8s age=%d\n", a.Name, a.Age)
	}

	sort.Sort(byWeight(animals))
	fmt.Println("By weight:")
	for _, a := range animals {
		fmt.Printf("  %-8s %8.2f kg\n", a.Name, a.WeightK)
	}

	fmt.Printf("Unknown species prints as %v\n", Species(9))
	fmt.Printf("Kind as number: %d, as string: %s\n", Giraffe, Giraffe)
}
