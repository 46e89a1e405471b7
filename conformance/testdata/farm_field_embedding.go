package main

import "fmt"

type Location struct {
	Lat, Lon float64
}

func (l Location) String() string {
	return fmt.Sprintf("(%.3f, %.3f)", l.Lat, l.Lon)
}

type Asset struct {
	ID    int
	Owner string
}

func (a *Asset) Transfer(to string) {
	fmt.Printf("asset %d: %s -> %s\n", a.ID, a.Owner, to)
	a.Owner = to
}

func (a Asset) Describe() string {
	return fmt.Sprintf("asset #%d owned by %s", a.ID, a.Owner)
}

// Field embeds Asset and Location, promoting their methods.
type Field struct {
	Asset
	Location
	Name     string
	Hectares float64
}

// Describe shadows the promoted Asset.Describe.
func (f Field) Describe() string {
	return fmt.Sprintf("field %q, %.1f ha at %v (%s)", f.Name, f.Hectares, f.Location, f.Asset.Describe())
}

type Barn struct {
	*Asset
	Capacity int
}

type Describer interface {
	Describe() string
}

func main() {
	north := Field{
		Asset:    Asset{ID: 101, Owner: "Ada"},
		Location: Location{Lat: 52.1234, Lon: -1.5678},
		Name:     "North Meadow",
		Hectares: 12.5,
	}
	fmt.Println(north.Describe())
	fmt.Println("promoted ID:", north.ID, "promoted Lat:", north.Lat)

	north.Transfer("Ben")
	fmt.Println(north.Describe())

	shared := &Asset{ID: 7, Owner: "Co-op"}
	b1 := Barn{Asset: shared, Capacity: 40}
	b2 := Barn{Asset: shared, Capacity: 60}
	b1.Transfer("Dana")
	fmt.Println("b2 sees owner:", b2.Owner)

	items := []Describer{north, b1, north.Asset}
	for i, d := range items {
		fmt.Printf("%d: %T => %s\n", i, d, d.Describe())
	}

	fmt.Printf("%+v\n", north.Location)
	fmt.Println(north.Location)
}
