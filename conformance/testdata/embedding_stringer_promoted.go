package main

import "fmt"

type Money struct{ cents int }

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100) }

type Price struct {
	Money
}

type Item struct {
	Name  string
	Price Money
}

func main() {
	p := Price{Money{1999}}
	fmt.Println(p)
	fmt.Println(Item{"book", Money{1250}})
	fmt.Printf("%v %s\n", p, p)
}
