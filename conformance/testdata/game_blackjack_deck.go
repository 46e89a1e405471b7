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

func (s Suit) String() string { return string("CDHS"[s]) }

type Card struct {
	Rank int // 1..13
	Suit Suit
}

func (c Card) String() string {
	return string("A23456789TJQK"[c.Rank-1]) + c.Suit.String()
}

type Deck []Card

func NewDeck() Deck {
	d := make(Deck, 0, 52)
	for s := Clubs; s <= Spades; s++ {
		for r := 1; r <= 13; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d *Deck) Shuffle(r *rand.Rand) {
	r.Shuffle(len(*d), func(i, j int) { (*d)[i], (*d)[j] = (*d)[j], (*d)[i] })
}

func (d *Deck) Draw() Card {
	c := (*d)[0]
	*d = (*d)[1:]
	return c
}

type Hand []Card

func (h Hand) Value() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		total += min(c.Rank, 10)
		if c.Rank == 1 {
			aces++
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
	v, soft := h.Value()
	tag := ""
	if soft {
		tag = " soft"
	}
	return fmt.Sprintf("[%s] =%d%s", strings.Join(parts, " "), v, tag)
}

func playRound(deck *Deck) string {
	player := Hand{deck.Draw(), deck.Draw()}
	dealer := Hand{deck.Draw(), deck.Draw()}
	for {
		if v, _ := player.Value(); v >= 17 {
			break
		}
		player = append(player, deck.Draw())
	}
	pv, _ := player.Value()
	fmt.Printf("  player %v\n", player)
	if pv > 21 {
		fmt.Printf("  dealer %v\n", dealer)
		return "bust"
	}
	for {
		v, soft := dealer.Value()
		if v > 17 || (v == 17 && !soft) {
			break
		}
		dealer = append(dealer, deck.Draw())
	}
	dv, _ := dealer.Value()
	fmt.Printf("  dealer %v\n", dealer)
	switch {
	case dv > 21:
		return "dealer bust"
	case pv > dv:
		return "win"
	case pv < dv:
		return "lose"
	default:
		return "push"
	}
}

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	deck := NewDeck()
	deck.Shuffle(rng)
	fmt.Println("Top of deck:", deck[:8])
	tally := map[string]int{}
	for round := 1; round <= 6; round++ {
		if len(deck) < 15 {
			fmt.Println("-- reshuffling --")
			deck = NewDeck()
			deck.Shuffle(rng)
		}
		fmt.Printf("Round %d (%d cards left)\n", round, len(deck))
		result := playRound(&deck)
		fmt.Printf("  => %s\n", result)
		tally[result]++
	}
	for _, k := range []string{"win", "dealer bust", "push", "lose", "bust"} {
		fmt.Printf("%-12s %d\n", k+":", tally[k])
	}
}
