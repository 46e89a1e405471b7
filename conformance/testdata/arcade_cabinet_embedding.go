package main

import "fmt"

type Powered struct {
	On    bool
	Watts int
}

func (p *Powered) Toggle() { p.On = !p.On }

func (p Powered) Status() string {
	if p.On {
		return fmt.Sprintf("on (%dW)", p.Watts)
	}
	return "off"
}

type CoinSlot struct {
	Coins int
}

func (c *CoinSlot) Insert(n int) { c.Coins += n }

type Cabinet struct {
	Powered
	CoinSlot
	Title string
}

type Pinball struct {
	Cabinet
	Balls int
}

// Status overrides the promoted method but still uses it.
func (p Pinball) Status() string {
	return fmt.Sprintf("%s, %d balls", p.Cabinet.Status(), p.Balls)
}

type Describer interface {
	Status() string
}

type Switchable interface {
	Describer
	Toggle()
}

func main() {
	upright := &Cabinet{Powered: Powered{Watts: 180}, Title: "Moon Lander"}
	flipper := &Pinball{Cabinet: Cabinet{Powered: Powered{Watts: 250}, Title: "Haunted Hotel"}, Balls: 3}

	machines := []Switchable{upright, flipper}
	for _, m := range machines {
		fmt.Printf("%-14T %s\n", m, m.Status())
		m.Toggle()
		fmt.Printf("%-14T %s\n", m, m.Status())
	}

	upright.Insert(2)
	flipper.Insert(5)
	flipper.CoinSlot.Insert(1)
	fmt.Println(upright.Title, "coins:", upright.Coins)
	fmt.Println(flipper.Title, "coins:", flipper.Coins)

	fmt.Printf("%+v\n", *upright)
	fmt.Printf("%+v\n", flipper.Cabinet.Powered)

	var d Describer = flipper.Cabinet
	fmt.Println("as plain cabinet:", d.Status())
	d = *flipper
	fmt.Println("as pinball:", d.Status())

	_, isSwitch := d.(Switchable)
	fmt.Println("value Pinball is Switchable:", isSwitch)
	_, isSwitch = Describer(flipper).(Switchable)
	fmt.Println("pointer Pinball is Switchable:", isSwitch)
}
