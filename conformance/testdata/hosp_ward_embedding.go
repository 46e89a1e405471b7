package main

import (
	"fmt"
	"strings"
)

type Location struct {
	Building string
	Floor    int
}

func (l Location) Where() string {
	return fmt.Sprintf("%s/F%d", l.Building, l.Floor)
}

type Capacity struct {
	Beds     int
	Occupied int
}

func (c Capacity) Free() int { return c.Beds - c.Occupied }

func (c *Capacity) Admit(n int) int {
	admitted := min(n, c.Free())
	c.Occupied += admitted
	return admitted
}

type Ward struct {
	Name string
	Location
	Capacity
	Staff []string
}

func (w Ward) String() string {
	return fmt.Sprintf("%-10s at %-8s %2d/%2d beds, staff: %s",
		w.Name, w.Where(), w.Occupied, w.Beds, strings.Join(w.Staff, ", "))
}

type ICU struct {
	Ward
	Ventilators int
}

func (i ICU) String() string {
	return i.Ward.String() + fmt.Sprintf(" [vent=%d]", i.Ventilators)
}

type Describer interface {
	String() string
	Where() string
}

func main() {
	cardio := &Ward{
		Name:     "Cardiology",
		Location: Location{"East", 3},
		Capacity: Capacity{Beds: 20, Occupied: 14},
		Staff:    []string{"Dr. Patel", "Nurse Kim"},
	}
	icu := &ICU{
		Ward: Ward{
			Name:     "ICU",
			Location: Location{"Main", 2},
			Capacity: Capacity{Beds: 8, Occupied: 7},
			Staff:    []string{"Dr. Osei"},
		},
		Ventilators: 5,
	}

	fmt.Println(cardio)
	fmt.Println(icu)

	got := cardio.Admit(4)
	fmt.Printf("cardiology admitted %d, free now %d\n", got, cardio.Free())
	got = icu.Admit(3)
	fmt.Printf("icu admitted %d of 3, free now %d\n", got, icu.Free())

	icu.Floor = 1
	fmt.Println("icu moved to", icu.Where())
	fmt.Println("icu building via promoted field:", icu.Building)

	for _, d := range []Describer{cardio, icu} {
		fmt.Printf("%T -> %s\n", d, d.Where())
	}
	fmt.Println(cardio)
	fmt.Println(icu)
}
