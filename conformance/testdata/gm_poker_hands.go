package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Card struct {
	Rank int // 2..14
	Suit rune
}

func (c Card) String() string {
	return fmt.Sprintf("%c%c", "??23456789TJQKA"[c.Rank], c.Suit)
}

type Category int

const (
	HighCard Category = iota
	OnePair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
	StraightFlush
)

var categoryNames = []string{"high card", "one pair", "two pair", "three of a kind", "straight",
	"flush", "full house", "four of a kind", "straight flush"}

func (c Category) String() string { return categoryNames[c] }

// Score is comparable lexicographically: category first, then tie-break ranks.
type Score struct {
	Cat   Category
	Ranks []int
}

func (s Score) Compare(o Score) int {
	if c := cmp.Compare(s.Cat, o.Cat); c != 0 {
		return c
	}
	return slices.Compare(s.Ranks, o.Ranks)
}

func Evaluate(hand []Card) Score {
	counts := map[int]int{}
	flush := true
	for _, c := range hand {
		counts[c.Rank]++
		flush = flush && c.Suit == hand[0].Suit
	}
	// order ranks by (count desc, rank desc)
	ranks := make([]int, 0, len(counts))
	for r := range counts {
		ranks = append(ranks, r)
	}
	slices.SortFunc(ranks, func(a, b int) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(b, a))
	})
	straight := len(ranks) == 5 && ranks[0]-ranks[4] == 4
	if len(ranks) == 5 && ranks[0] == 14 && ranks[1] == 5 { // wheel: A-2-3-4-5
		straight, ranks = true, []int{5, 4, 3, 2, 1}
	}
	pattern := ""
	for _, r := range ranks {
		pattern += fmt.Sprint(counts[r])
	}
	cat := map[string]Category{"41": Quads, "32": FullHouse, "311": Trips, "221": TwoPair, "2111": OnePair}[pattern]
	switch {
	case straight && flush:
		cat = StraightFlush
	case flush:
		cat = Flush
	case straight:
		cat = Straight
	}
	return Score{cat, ranks}
}

func parseHand(s string) []Card {
	var hand []Card
	for _, f := range strings.Fields(s) {
		hand = append(hand, Card{strings.IndexByte("??23456789TJQKA", f[0]), []rune(f)[1]})
	}
	return hand
}

func main() {
	for _, h := range []string{"A♠ K♠ Q♠ J♠ T♠", "9♣ 9♦ 9♥ 9♠ 2♣", "3♦ 3♣ 3♠ K♥ K♦", "2♥ 7♥ 9♥ J♥ 4♥",
		"A♦ 2♣ 3♥ 4♠ 5♦", "8♠ 8♦ 8♣ 2♥ 5♠", "J♣ J♦ 4♠ 4♥ A♣", "T♦ T♠ 6♥ 3♣ 2♠", "A♣ Q♦ 9♥ 6♣ 3♠"} {
		s := Evaluate(parseHand(h))
		fmt.Printf("%s  %-16v %v\n", h, s.Cat, s.Ranks)
	}

	var deck []Card
	for _, suit := range "♠♥♦♣" {
		for rank := 2; rank <= 14; rank++ {
			deck = append(deck, Card{rank, suit})
		}
	}
	rng := rand.New(rand.NewPCG(7, 11))
	players := []string{"Ada", "Ben", "Cy", "Dot", "Eli"}
	wins := map[string]int{}
	catFreq := make([]int, len(categoryNames))
	for round := 1; round <= 200; round++ {
		rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
		best, bestScore := -1, Score{}
		for p := range players {
			hand := deck[p*5 : p*5+5]
			sc := Evaluate(hand)
			catFreq[sc.Cat]++
			if best < 0 || sc.Compare(bestScore) > 0 {
				best, bestScore = p, sc
			}
			if round <= 2 {
				fmt.Printf("round %d %-4s %v %v\n", round, players[p], hand, sc.Cat)
			}
		}
		wins[players[best]]++
		if round <= 2 {
			fmt.Printf("round %d winner: %s with %v\n", round, players[best], bestScore.Cat)
		}
	}
	fmt.Println("wins after 200 rounds:")
	for _, p := range players {
		fmt.Printf("  %-4s %3d\n", p, wins[p])
	}
	fmt.Println("hand categories dealt (1000 hands):")
	for c, n := range catFreq {
		if n > 0 {
			fmt.Printf("  %-16v %4d %5.1f%%\n", Category(c), n, float64(n)/10)
		}
	}
}
