package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
)

type Card struct {
	Symbol  rune
	Matched bool
}

type Player struct {
	Name  string
	Pairs int
	Turns int
}

func (p *Player) String() string {
	return fmt.Sprintf("%s(%d pairs/%d turns)", p.Name, p.Pairs, p.Turns)
}

var ErrInvalidPick = errors.New("invalid pick")

type Game struct {
	cards   []Card
	players []*Player
	turn    int
	rng     *rand.Rand
}

func NewGame(symbols string, rng *rand.Rand, names ...string) *Game {
	g := &Game{rng: rng}
	for _, s := range symbols {
		g.cards = append(g.cards, Card{Symbol: s}, Card{Symbol: s})
	}
	rng.Shuffle(len(g.cards), func(i, j int) { g.cards[i], g.cards[j] = g.cards[j], g.cards[i] })
	for _, n := range names {
		g.players = append(g.players, &Player{Name: n})
	}
	return g
}

func (g *Game) Board(reveal ...int) string {
	var sb strings.Builder
	for i, c := range g.cards {
		switch {
		case c.Matched:
			sb.WriteString(" . ")
		case contains(reveal, i):
			fmt.Fprintf(&sb, "[%c]", c.Symbol)
		default:
			fmt.Fprintf(&sb, "%2d ", i)
		}
	}
	return sb.String()
}

func contains[T comparable](xs []T, x T) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func (g *Game) Flip(a, b int) (bool, error) {
	for _, i := range []int{a, b} {
		if i < 0 || i >= len(g.cards) || g.cards[i].Matched {
			return false, fmt.Errorf("card %d: %w", i, ErrInvalidPick)
		}
	}
	if a == b {
		return false, fmt.Errorf("same card twice: %w", ErrInvalidPick)
	}
	p := g.players[g.turn%len(g.players)]
	p.Turns++
	if g.cards[a].Symbol == g.cards[b].Symbol {
		g.cards[a].Matched, g.cards[b].Matched = true, true
		p.Pairs++
		return true, nil // same player goes again
	}
	g.turn++
	return false, nil
}

func (g *Game) Over() bool {
	for _, c := range g.cards {
		if !c.Matched {
			return false
		}
	}
	return true
}

func main() {
	g := NewGame("ABCDEF", rand.New(rand.NewPCG(5, 6)), "ann", "bob")
	fmt.Println("layout:", g.Board(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
	seen := map[rune][]int{} // a shared "memory" both players use
	pick := rand.New(rand.NewPCG(5, 6))
	for round := 1; !g.Over() && round < 50; round++ {
		var a, b int = -1, -1
		for sym, idx := range seen {
			if len(idx) == 2 && !g.cards[idx[0]].Matched && sym != 0 {
				if a == -1 || idx[0] < a {
					a, b = idx[0], idx[1]
				}
			}
		}
		if a == -1 {
			var open []int
			for i, c := range g.cards {
				if !c.Matched {
					open = append(open, i)
				}
			}
			a = open[pick.IntN(len(open))]
			b = open[pick.IntN(len(open))]
			if round%5 != 0 { // mostly avoid picking the same card twice
				for _, i := range seen[g.cards[a].Symbol] {
					if i != a {
						b = i
					}
				}
			}
		}
		who := g.players[g.turn%len(g.players)].Name
		ok, err := g.Flip(a, b)
		if err != nil {
			fmt.Printf("r%02d %s: %v\n", round, who, err)
			continue
		}
		for _, i := range []int{a, b} {
			s := g.cards[i].Symbol
			if !contains(seen[s], i) {
				seen[s] = append(seen[s], i)
			}
		}
		fmt.Printf("r%02d %s flips %2d,%2d match=%-5t %s\n", round, who, a, b, ok, g.Board(a, b))
	}
	fmt.Println("final:", g.players[0], g.players[1])
}
