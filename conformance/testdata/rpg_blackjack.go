// Blackjack rounds from a seeded shoe: soft aces, dealer stands on 17.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Card int // 1 = ace, 11..13 = J Q K

func (c Card) String() string {
	return [...]string{"?", "A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}[c]
}

type Hand []Card

// Value returns the best total and whether an ace is counted as 11.
func (h Hand) Value() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		switch {
		case c == 1:
			aces++
			total++
		case c >= 10:
			total += 10
		default:
			total += int(c)
		}
	}
	if aces > 0 && total+10 <= 21 {
		return total + 10, true
	}
	return total, false
}

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	t, soft := h.Value()
	s := ""
	if soft {
		s = " soft"
	}
	return fmt.Sprintf("[%s]=%d%s", strings.Join(parts, " "), t, s)
}

type Shoe struct {
	cards []Card
	pos   int
}

func NewShoe(r *rand.Rand, decks int) *Shoe {
	s := &Shoe{}
	for range decks * 4 {
		for v := Card(1); v <= 13; v++ {
			s.cards = append(s.cards, v)
		}
	}
	r.Shuffle(len(s.cards), func(i, j int) { s.cards[i], s.cards[j] = s.cards[j], s.cards[i] })
	return s
}

func (s *Shoe) Draw() Card {
	c := s.cards[s.pos]
	s.pos++
	return c
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	shoe := NewShoe(r, 2)
	bank := 100
	tally := map[string]int{}
	for round := 1; round <= 14; round++ {
		player := Hand{shoe.Draw(), shoe.Draw()}
		dealer := Hand{shoe.Draw(), shoe.Draw()}
		// Simple strategy: hit below 17, or on soft 17.
		for t, soft := player.Value(); t < 17 || (t == 17 && soft); t, soft = player.Value() {
			player = append(player, shoe.Draw())
		}
		for t, _ := dealer.Value(); t < 17; t, _ = dealer.Value() {
			dealer = append(dealer, shoe.Draw())
		}
		p, _ := player.Value()
		d, _ := dealer.Value()
		var outcome string
		switch {
		case p > 21:
			outcome, bank = "bust", bank-10
		case d > 21 || p > d:
			outcome, bank = "win", bank+10
		case p == d:
			outcome = "push"
		default:
			outcome, bank = "lose", bank-10
		}
		tally[outcome]++
		fmt.Printf("round %2d: you %-18v dealer %-18v %-4s bank=%3d\n", round, player, dealer, outcome, bank)
	}
	fmt.Println("results:", tally)
	fmt.Printf("cards used: %d of %d\n", shoe.pos, len(shoe.cards))
}
