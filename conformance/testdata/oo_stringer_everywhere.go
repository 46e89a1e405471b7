package main

import (
	"fmt"
	"sort"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string {
	switch s {
	case Clubs:
		return "♣"
	case Diamonds:
		return "♦"
	case Hearts:
		return "♥"
	case Spades:
		return "♠"
	}
	return fmt.Sprintf("Suit(%d)", int(s))
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

// Hand has a String method on the pointer receiver only.
type Hand struct {
	Owner string
	Cards []Card
}

func (h *Hand) String() string { return fmt.Sprintf("%s%v", h.Owner, h.Cards) }

type Status bool

func (s Status) String() string {
	if s {
		return "ON"
	}
	return "OFF"
}

type Table struct {
	Name   string
	Dealer Card
	Light  Status
	Seats  map[Suit]string
}

func main() {
	c := Card{12, Hearts}
	fmt.Println(c)
	fmt.Printf("%v | %s | %+v | %d\n", c, c, c, c)
	fmt.Printf("%q\n", c)
	fmt.Printf("suits: %v %v %v\n", Spades, Suit(9), []Suit{Clubs, Diamonds})
	fmt.Printf("suit as number: %d, padded: [%5s] [%-5v]\n", Hearts, Spades, Clubs)

	cards := []Card{{1, Spades}, {10, Diamonds}, {13, Clubs}, {7, Hearts}}
	fmt.Println(cards)
	fmt.Printf("%v\n%+v\n", cards, cards)

	ptrs := []*Card{&cards[0], &cards[1]}
	fmt.Println(ptrs) // pointer to Stringer value also uses String

	h := Hand{Owner: "ann", Cards: cards[:2]}
	fmt.Println(&h)       // pointer: String is used
	fmt.Printf("%v\n", h) // value: String is NOT in method set
	fmt.Printf("%+v\n", h)

	byCard := map[Card]int{{1, Spades}: 11, {12, Hearts}: 10, {2, Clubs}: 2}
	fmt.Println(byCard) // fmt sorts map keys by their underlying values

	keys := make([]Card, 0, len(byCard))
	for k := range byCard {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return byCard[keys[i]] > byCard[keys[j]] })
	for _, k := range keys {
		fmt.Printf("  %-4s worth %2d\n", k, byCard[k])
	}

	t := Table{
		Name:   "high stakes",
		Dealer: Card{11, Diamonds},
		Light:  true,
		Seats:  map[Suit]string{Spades: "bob", Clubs: "cy"},
	}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v %s\n", t.Light, !t.Light)

	var any1 any = Hearts
	var any2 fmt.Stringer = Card{5, Clubs}
	fmt.Println(any1, any2, []any{any1, any2, 3, "x"})
	fmt.Printf("%T %T\n", any1, any2)
	fmt.Println(fmt.Sprintf("%6.2v|", Card{1, Clubs}))
}
