package main

import "fmt"

// Crop is an enumeration of the crops grown on the farm.
type Crop int

const (
	Wheat Crop = iota
	Corn
	Barley
	Soybean
	Potato
)

var cropNames = [...]string{"wheat", "corn", "barley", "soybean", "potato"}

func (c Crop) String() string {
	if c < 0 || int(c) >= len(cropNames) {
		return fmt.Sprintf("Crop(%d)", int(c))
	}
	return cropNames[c]
}

// Season describes when a crop is planted.
type Season uint8

const (
	Spring Season = iota + 1
	Summer
	Autumn
)

func (s Season) String() string {
	switch s {
	case Spring:
		return "spring"
	case Summer:
		return "summer"
	case Autumn:
		return "autumn"
	}
	return "unknown"
}

type Planting struct {
	Crop   Crop
	Season Season
	Acres  float64
}

func main() {
	plantings := []Planting{
		{Wheat, Autumn, 42.5},
		{Corn, Spring, 80},
		{Barley, Spring, 15.25},
		{Soybean, Summer, 33},
		{Potato, Spring, 7.75},
	}

	for _, p := range plantings {
		fmt.Printf("%-8v planted in %-6v on %6.2f acres\n", p.Crop, p.Season, p.Acres)
	}

	fmt.Println()
	first := plantings[0]
	fmt.Printf("%%v  -> %v\n", first)
	fmt.Printf("%%+v -> %+v\n", first)
	fmt.Printf("%%#v -> %#v\n", first)
	fmt.Printf("%%T  -> %T\n", first)
	fmt.Printf("%%d  -> %d\n", first.Crop)
	fmt.Printf("%%q  -> %q\n", first.Crop)

	fmt.Println()
	var unknown Crop = 9
	fmt.Println("unknown crop:", unknown)
	fmt.Println("unknown season:", Season(0))

	total := 0.0
	for _, p := range plantings {
		total += p.Acres
	}
	fmt.Printf("total planted: %.2f acres across %d crops\n", total, len(plantings))
}
