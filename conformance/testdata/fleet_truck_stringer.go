package main

import (
	"fmt"
	"strings"
)

// Truck is a delivery vehicle in the fleet.
type Truck struct {
	ID       int
	Plate    string
	Capacity float64 // kilograms
	Load     float64
	Active   bool
}

// String implements fmt.Stringer.
func (t Truck) String() string {
	return fmt.Sprintf("Truck#%03d[%s]", t.ID, t.Plate)
}

// Utilization returns the fraction of capacity in use.
func (t Truck) Utilization() float64 {
	if t.Capacity == 0 {
		return 0
	}
	return t.Load / t.Capacity
}

// AddLoad increases the load, capping at capacity, and returns the excess.
func (t *Truck) AddLoad(kg float64) float64 {
	t.Load += kg
	if t.Load > t.Capacity {
		excess := t.Load - t.Capacity
		t.Load = t.Capacity
		return excess
	}
	return 0
}

type Plate string

func (p Plate) String() string { return strings.ToUpper(string(p)) }

func main() {
	t := Truck{ID: 7, Plate: "FLT-207", Capacity: 3500, Load: 1200.5, Active: true}

	fmt.Println("Println:", t)
	fmt.Printf("%%v:  %v\n", t)
	fmt.Printf("%%+v: %+v\n", struct {
		ID    int
		Plate string
	}{t.ID, t.Plate})
	fmt.Printf("%%T:  %T\n", t)
	fmt.Printf("%%q:  %q\n", t.Plate)
	fmt.Printf("%%x:  %x\n", t.Plate)
	fmt.Printf("%%X:  %X\n", t.ID*255)
	fmt.Printf("%%8.2f: [%8.2f]\n", t.Load)
	fmt.Printf("%%-8.1f: [%-8.1f]\n", t.Load)
	fmt.Printf("%%08.3f: [%08.3f]\n", t.Utilization())
	fmt.Printf("%%t:  %t\n", t.Active)
	fmt.Printf("%%5d|%%-5d|: %5d|%-5d|\n", t.ID, t.ID)
	fmt.Printf("%%o %%b: %o %b\n", t.ID, t.ID)
	fmt.Printf("%%e: %e\n", t.Capacity)
	fmt.Printf("%%6.1f%%%%: %6.1f%%\n", t.Utilization()*100)

	excess := t.AddLoad(2500)
	fmt.Printf("after AddLoad: load=%.1f excess=%.1f\n", t.Load, excess)

	p := Plate("flt-999")
	fmt.Printf("plate %v %s %q\n", p, p, p)

	ptr := &t
	fmt.Printf("pointer prints via Stringer: %v\n", ptr)
	fmt.Printf("%%#v of slice: %#v\n", []string{"north", "south"})
	fmt.Printf("%%#v of map: %#v\n", map[string]int{"depot": 1})
	fmt.Printf("%%#v of plate: %#v\n", p)
	fmt.Printf("%%U: %U\n", '→')
	fmt.Printf("%%c: %c\n", 0x1F69A)
	fmt.Printf("width from arg: [%*d]\n", 6, t.ID)
	fmt.Printf("padded string: [%10s] [%-10s]\n", t.Plate, t.Plate)
}
