package main

import "fmt"

type Suit int

func (s Suit) String() string { return []string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

func main() {
	var x any = Card{10, 1}
	fmt.Println(x)
	hand := []any{Card{1, 0}, Suit(3), 5}
	fmt.Println(hand)
	fmt.Printf("%v|%s|%d\n", x, x, Card{2, 2})
	deck := map[Suit][]Card{0: {{1, 0}, {2, 0}}}
	fmt.Println(deck)
}
