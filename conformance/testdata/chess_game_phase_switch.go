package main

import (
	"fmt"
	"strings"
)

type Phase int

const (
	Opening Phase = iota
	Middlegame
	Endgame
)

func (p Phase) String() string {
	switch p {
	case Opening:
		return "opening"
	case Middlegame:
		return "middlegame"
	case Endgame:
		return "endgame"
	}
	return fmt.Sprintf("Phase(%d)", int(p))
}

// material counts non-pawn, non-king material from a FEN placement string.
func material(placement string) (int, map[rune]int) {
	values := map[rune]int{'q': 9, 'r': 5, 'b': 3, 'n': 3}
	counts := map[rune]int{}
	total := 0
	for _, ch := range strings.ToLower(placement) {
		if v, ok := values[ch]; ok {
			total += v
			counts[ch]++
		}
	}
	return total, counts
}

func classify(placement string, fullmove int) Phase {
	m, _ := material(placement)
	switch {
	case m <= 26:
		return Endgame
	case fullmove <= 10:
		return Opening
	default:
		return Middlegame
	}
}

// advice lists reminders; earlier phases fall through to include later advice.
func advice(p Phase) []string {
	var tips []string
	switch p {
	case Opening:
		tips = append(tips, "develop pieces", "castle early")
		fallthrough
	case Middlegame:
		tips = append(tips, "look for tactics")
		fallthrough
	case Endgame:
		tips = append(tips, "activate the king", "push passed pawns")
	default:
		tips = append(tips, "no advice")
	}
	return tips
}

func main() {
	games := []struct {
		placement string
		move      int
	}{
		{"rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR", 1},
		{"r1bq1rk1/pp2bppp/2n1pn2/3p4/3P4/2NBPN2/PP3PPP/R1BQ1RK1", 14},
		{"8/5pk1/6p1/8/3R4/6P1/5PK1/3r4", 45},
		{"6k1/8/8/8/8/8/8/4K2Q", 60},
	}
	for i, g := range games {
		m, counts := material(g.placement)
		ph := classify(g.placement, g.move)
		fmt.Printf("game %d move %2d: material=%2d phase=%v\n", i+1, g.move, m, ph)
		fmt.Printf("  pieces q=%d r=%d b=%d n=%d\n", counts['q'], counts['r'], counts['b'], counts['n'])
		fmt.Printf("  advice: %s\n", strings.Join(advice(ph), "; "))
		clear(counts)
		fmt.Println("  counts cleared, len =", len(counts))
	}
	fmt.Println(Phase(7), advice(Phase(7)))
	lo, hi := min(3, 1, 2), max(Opening, Endgame, Middlegame)
	fmt.Printf("min=%d max=%v (%d)\n", lo, hi, hi)
}
