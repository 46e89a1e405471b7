package main

import (
	"fmt"
	"math/rand/v2"
)

type Card int // 2..14, 14 is the ace

func (c Card) String() string {
	switch c {
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	case 14:
		return "A"
	}
	return fmt.Sprint(int(c))
}

// Pile is a queue of cards: draw from the front, win cards onto the back.
type Pile struct {
	Name  string
	Cards []Card
}

func (p *Pile) Len() int { return len(p.Cards) }

func (p *Pile) Draw() Card {
	c := p.Cards[0]
	p.Cards = p.Cards[1:]
	return c
}

func (p *Pile) Win(cards ...Card) { p.Cards = append(p.Cards, cards...) }

func newShuffledDeck(rng *rand.Rand) []Card {
	deck := make([]Card, 0, 52)
	for range 4 {
		for v := Card(2); v <= 14; v++ {
			deck = append(deck, v)
		}
	}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	return deck
}

// playRound returns the winner (nil if someone ran out mid-war) and how many wars happened.
func playRound(a, b *Pile) (winner *Pile, wars int, pot []Card) {
	for {
		if a.Len() == 0 || b.Len() == 0 {
			return nil, wars, pot
		}
		ca, cb := a.Draw(), b.Draw()
		pot = append(pot, ca, cb)
		switch {
		case ca > cb:
			a.Win(pot...)
			return a, wars, pot
		case cb > ca:
			b.Win(pot...)
			return b, wars, pot
		}
		wars++
		for range 3 { // face-down cards, as many as each player can afford
			if a.Len() > 1 {
				pot = append(pot, a.Draw())
			}
			if b.Len() > 1 {
				pot = append(pot, b.Draw())
			}
		}
	}
}

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	deck := newShuffledDeck(rng)
	alice := &Pile{"Alice", append([]Card(nil), deck[:26]...)}
	bob := &Pile{"Bob", append([]Card(nil), deck[26:]...)}
	fmt.Println("Alice starts with", alice.Cards[:6], "...")
	fmt.Println("Bob   starts with", bob.Cards[:6], "...")

	const maxRounds = 1000
	totalWars := 0
	round := 1
	for ; round <= maxRounds; round++ {
		w, wars, pot := playRound(alice, bob)
		totalWars += wars
		if round <= 8 || wars > 0 && totalWars <= 10 {
			name := "nobody"
			if w != nil {
				name = w.Name
			}
			fmt.Printf("round %3d: %-32s -> %-6s (%2d vs %2d)\n", round, fmt.Sprint(pot), name, alice.Len(), bob.Len())
		}
		if alice.Len() == 0 || bob.Len() == 0 || w == nil {
			break
		}
	}
	fmt.Printf("after %d rounds and %d wars: Alice %d, Bob %d\n", min(round, maxRounds), totalWars, alice.Len(), bob.Len())
	switch {
	case alice.Len() > bob.Len():
		fmt.Println("Alice takes the game")
	case bob.Len() > alice.Len():
		fmt.Println("Bob takes the game")
	default:
		fmt.Println("a perfect tie")
	}
}
