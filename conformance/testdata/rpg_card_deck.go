// A deck of cards shuffled with a seeded RNG, dealt into hands and scored.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
)

type Suit byte

const Clubs, Diamonds, Hearts, Spades Suit = 'c', 'd', 'h', 's'

func (s Suit) String() string { return string(s) }

type Card struct {
	Rank int // 2..14
	Suit Suit
}

func (c Card) String() string {
	return string("--23456789TJQKA"[c.Rank]) + c.Suit.String()
}

type Category int

const (
	HighCard Category = iota
	Pair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
)

func (c Category) String() string {
	return [...]string{"high card", "pair", "two pair", "three of a kind",
		"straight", "flush", "full house", "four of a kind"}[c]
}

func NewDeck() (deck []Card) {
	for _, s := range []Suit{Clubs, Diamonds, Hearts, Spades} {
		for r := 2; r <= 14; r++ {
			deck = append(deck, Card{r, s})
		}
	}
	return deck
}

func Score(hand []Card) (Category, int) {
	counts := map[int]int{}
	flush := true
	for _, c := range hand {
		counts[c.Rank]++
		flush = flush && c.Suit == hand[0].Suit
	}
	// Order ranks by count, then by rank, both descending.
	ranks := slices.Collect(maps.Keys(counts))
	slices.SortFunc(ranks, func(a, b int) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(b, a)) })
	tiebreak := 0
	for _, r := range ranks {
		tiebreak = tiebreak*15 + r
	}
	straight := len(ranks) == 5 && ranks[0]-ranks[4] == 4
	top := counts[ranks[0]]
	switch {
	case top == 4:
		return Quads, tiebreak
	case top == 3 && len(ranks) == 2:
		return FullHouse, tiebreak
	case flush:
		return Flush, tiebreak
	case straight:
		return Straight, tiebreak
	case top == 3:
		return Trips, tiebreak
	case top == 2 && len(ranks) == 3:
		return TwoPair, tiebreak
	case top == 2:
		return Pair, tiebreak
	}
	return HighCard, tiebreak
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	deck := NewDeck()
	shuffle := func() { r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] }) }
	players := []string{"Ann", "Bo", "Cy", "Di", "Ed", "Flo"}
	type result struct {
		name  string
		hand  []Card
		cat   Category
		score int
	}
	var results []result
	for round := range 3 {
		shuffle()
		fmt.Printf("round %d, top of deck: %v\n", round+1, deck[:6])
		results = results[:0]
		for i, name := range players {
			hand := slices.Clone(deck[i*5 : i*5+5])
			slices.SortFunc(hand, func(a, b Card) int { return cmp.Or(cmp.Compare(b.Rank, a.Rank), cmp.Compare(a.Suit, b.Suit)) })
			cat, tb := Score(hand)
			results = append(results, result{name, hand, cat, tb})
			fmt.Printf("  %-4s %v %v\n", name, hand, cat)
		}
		best := slices.MaxFunc(results, func(a, b result) int {
			return cmp.Or(cmp.Compare(a.cat, b.cat), cmp.Compare(a.score, b.score))
		})
		fmt.Printf("round %d winner: %s with %v\n", round+1, best.name, best.cat)
	}
	fixed := []Card{{9, Hearts}, {9, Spades}, {9, Clubs}, {4, Hearts}, {4, Diamonds}}
	cat, _ := Score(fixed)
	fmt.Printf("fixed hand %v scores %q (%T=%d)\n", fixed, cat, cat, cat)
}
