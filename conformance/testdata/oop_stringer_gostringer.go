package main

import (
	"fmt"
	"strings"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string {
	if s < Clubs || s > Spades {
		return fmt.Sprintf("Suit(%d)", int(s))
	}
	return [...]string{"♣", "♦", "♥", "♠"}[s]
}

func (s Suit) GoString() string {
	return "main." + [...]string{"Clubs", "Diamonds", "Hearts", "Spades"}[s]
}

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

func (c Card) GoString() string { return fmt.Sprintf("Card{%d, %#v}", c.Rank, c.Suit) }

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// Money has a pointer-receiver String, so only *Money is a Stringer.
type Money struct{ Cents int64 }

func (m *Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Player struct {
	Name  string
	Hand  Hand
	Stack *Money
}

func main() {
	c := Card{12, Hearts}
	fmt.Println(c, Card{1, Spades}, Suit(7))
	fmt.Printf("%v %s %d %+v\n", c, c, c, c)
	fmt.Printf("%#v\n", c)
	fmt.Printf("%q %x\n", c, c)

	h := Hand{{10, Clubs}, {11, Diamonds}, {13, Spades}}
	fmt.Println(h, len(h))
	fmt.Println([]Card(h))
	fmt.Printf("%#v\n", []Card(h))
	fmt.Println(map[Suit]int{Spades: 2, Clubs: 1, Hearts: 3})
	fmt.Println(map[Card]bool{c: true})

	m := Money{12345}
	fmt.Println(m, &m)
	fmt.Printf("%v %+v\n", m, &m)

	p := Player{"ann", h, &Money{500}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%T %T %T\n", c.Suit, h, p.Stack)
	var s fmt.Stringer = Hearts
	fmt.Printf("%s %#v %v\n", s, s, []fmt.Stringer{Clubs, c, h, &m})
}
