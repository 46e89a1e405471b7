package main

import "fmt"

type Inventory struct {
	Owner string
	Slots [3]string
	Items []string
	Meta  map[string]int
	Next  *Inventory
}

func rename(inv Inventory) { inv.Owner = "changed"; inv.Slots[0] = "changed"; inv.Items[0] = "changed" }

func main() {
	a := Inventory{Owner: "ann", Slots: [3]string{"s1"}, Items: []string{"i1"}, Meta: map[string]int{"k": 1}}
	b := a
	b.Owner = "bob"
	b.Slots[1] = "s2"
	b.Items[0] = "shared"
	b.Meta["k"] = 99
	b.Items = append(b.Items, "only-b")
	fmt.Printf("%+v\n%+v\n", a, b)
	rename(a)
	fmt.Println(a.Owner, a.Slots[0], a.Items[0])
	p := &a
	p.Owner = "via pointer"
	c := *p
	c.Owner = "copy"
	fmt.Println(a.Owner, c.Owner)
	people := []Inventory{{Owner: "x"}, {Owner: "y"}}
	for _, inv := range people {
		inv.Owner = "nope"
	}
	for i := range people {
		people[i].Owner += "!"
	}
	fmt.Println(people[0].Owner, people[1].Owner, a.Next == nil)
}
