package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return [...]string{"c", "d", "h", "s"}[s] }

type Card struct {
	Rank int // 1 = ace, 11-13 = face cards
	Suit Suit
}

func (c Card) String() string {
	return [...]string{"", "A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"}[c.Rank] + c.Suit.String()
}

type Deck struct {
	cards []Card
	rng   *rand.Rand
}

func NewDeck(rng *rand.Rand) *Deck {
	d := &Deck{rng: rng}
	for s := Clubs; s <= Spades; s++ {
		for r := 1; r <= 13; r++ {
			d.cards = append(d.cards, Card{r, s})
		}
	}
	d.rng.Shuffle(len(d.cards), func(i, j int) { d.cards[i], d.cards[j] = d.cards[j], d.cards[i] })
	return d
}

func (d *Deck) Draw() Card {
	if len(d.cards) == 0 {
		*d = *NewDeck(d.rng)
	}
	c := d.cards[0]
	d.cards = d.cards[1:]
	return c
}

type Hand []Card

// Value counts aces as 11 when that does not bust the hand.
func (h Hand) Value() int {
	total, aces := 0, 0
	for _, c := range h {
		total += min(c.Rank, 10)
		if c.Rank == 1 {
			aces++
		}
	}
	if aces > 0 && total+10 <= 21 {
		total += 10
	}
	return total
}

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

// Strategy decides whether a player takes another card.
type Strategy interface {
	Hit(h Hand, dealerUp Card) bool
}

type Threshold int

func (t Threshold) Hit(h Hand, _ Card) bool { return h.Value() < int(t) }

type Basic struct{}

func (Basic) Hit(h Hand, up Card) bool {
	if v := h.Value(); v <= 11 {
		return true
	} else if v >= 17 {
		return false
	}
	return min(up.Rank, 10) >= 7 || up.Rank == 1
}

type Player struct {
	Name     string
	Strategy Strategy
	Score    int
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	deck := NewDeck(rng)
	players := []*Player{
		{Name: "timid", Strategy: Threshold(13)},
		{Name: "dealerlike", Strategy: Threshold(17)},
		{Name: "basic", Strategy: Basic{}},
	}
	for round := 1; round <= 6; round++ {
		dealer := Hand{deck.Draw(), deck.Draw()}
		fmt.Printf("round %d: dealer shows %v\n", round, dealer[0])
		hands := make([]Hand, len(players))
		for i, p := range players {
			h := Hand{deck.Draw(), deck.Draw()}
			for h.Value() < 21 && p.Strategy.Hit(h, dealer[0]) {
				h = append(h, deck.Draw())
			}
			hands[i] = h
		}
		for dealer.Value() < 17 {
			dealer = append(dealer, deck.Draw())
		}
		dv := dealer.Value()
		fmt.Printf("  %-10s %-14v = %2d\n", "dealer", dealer, dv)
		for i, p := range players {
			v := hands[i].Value()
			outcome := "push"
			switch {
			case v > 21:
				outcome, p.Score = "bust", p.Score-1
			case dv > 21 || v > dv:
				outcome, p.Score = "win", p.Score+1
			case v < dv:
				outcome, p.Score = "lose", p.Score-1
			}
			fmt.Printf("  %-10s %-14v = %2d %s\n", p.Name, hands[i], v, outcome)
		}
	}
	for _, p := range players {
		fmt.Printf("final %-10s %+d\n", p.Name, p.Score)
	}
}
