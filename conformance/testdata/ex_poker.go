package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// categories lists hand kinds from weakest to strongest.
var categories = []string{"high card", "one pair", "two pair", "three of a kind",
	"straight", "flush", "full house", "four of a kind", "straight flush"}

// byShape maps the group sizes of a hand, largest first, to its kind.
var byShape = map[string]string{"[4 1]": "four of a kind", "[3 2]": "full house", "[3 1 1]": "three of a kind",
	"[2 2 1]": "two pair", "[2 1 1 1]": "one pair", "[1 1 1 1 1]": "high card"}

var ErrInvalidHand = errors.New("invalid hand")

type Rank struct {
	Cat    int   // index into categories
	Values []int // tie-breakers, most significant first
}

func (a Rank) Compare(b Rank) int { return cmp.Or(a.Cat-b.Cat, slices.Compare(a.Values, b.Values)) }

func Evaluate(hand string) (Rank, error) {
	cards := strings.Fields(hand)
	if len(cards) != 5 {
		return Rank{}, fmt.Errorf("%q: need 5 cards: %w", hand, ErrInvalidHand)
	}
	counts, suits := map[int]int{}, map[byte]bool{}
	for _, c := range cards {
		v := strings.Index("..23456789TJQKA", strings.Replace(c[:len(c)-1], "10", "T", 1))
		if v < 2 || strings.IndexByte("SHDC", c[len(c)-1]) < 0 {
			return Rank{}, fmt.Errorf("%q: bad card %q: %w", hand, c, ErrInvalidHand)
		}
		counts[v]++
		suits[c[len(c)-1]] = true
	}
	vals := slices.SortedFunc(maps.Keys(counts), func(a, b int) int { return cmp.Or(counts[b]-counts[a], b-a) })
	sizes := slices.Sorted(maps.Values(counts))
	slices.Reverse(sizes)
	if slices.Equal(vals, []int{14, 5, 4, 3, 2}) {
		vals = []int{5, 4, 3, 2, 1} // the wheel: ace plays low
	}
	kind := byShape[fmt.Sprint(sizes)]
	switch straight, flush := len(vals) == 5 && vals[0]-vals[4] == 4, len(suits) == 1; {
	case straight && flush:
		kind = "straight flush"
	case flush:
		kind = "flush"
	case straight:
		kind = "straight"
	}
	return Rank{slices.Index(categories, kind), vals}, nil
}

func BestHands(hands []string) (best []string, bestRank Rank, err error) {
	for _, h := range hands {
		r, err := Evaluate(h)
		if err != nil {
			return nil, Rank{}, err
		}
		if c := r.Compare(bestRank); len(best) == 0 || c > 0 {
			best, bestRank = []string{h}, r
		} else if c == 0 {
			best = append(best, h)
		}
	}
	return best, bestRank, nil
}

func main() {
	tests := []struct {
		name        string
		hands, want []string
	}{
		{"high card tie", []string{"2S 4C 7S 9H 10H", "3S 4S 5D 6H JH", "3H 4H 5C 6C JD"}, []string{"3S 4S 5D 6H JH", "3H 4H 5C 6C JD"}},
		{"two pair kicker", []string{"JD QH JS 8D QC", "JS QS JC 2D QD"}, []string{"JD QH JS 8D QC"}},
		{"wheel beats trips", []string{"4S 5H 4C 8D 4H", "4D AH 3S 2D 5C"}, []string{"4D AH 3S 2D 5C"}},
		{"wheel is lowest", []string{"4D AH 3S 2D 5C", "6S 4C 5D 2H 3S"}, []string{"6S 4C 5D 2H 3S"}},
		{"full house vs flush", []string{"3H 6H 7H 8H 5H", "4S 5H 4C 5D 4H"}, []string{"4S 5H 4C 5D 4H"}},
		{"quads kicker", []string{"3S 3H 2S 3D 3C", "3S 3H 4S 3D 3C"}, []string{"3S 3H 4S 3D 3C"}},
		{"straight flush", []string{"4H 6H 7H 8H 5H", "5S 7S 8S 9S 6S"}, []string{"5S 7S 8S 9S 6S"}},
		{"bad card", []string{"4H 6H 7H 8H 5H", "1S 7S 8S 9S 6S"}, nil},
		{"short hand", []string{"4H 6H 7H"}, nil},
	}
	for _, tc := range tests {
		got, rank, err := BestHands(tc.hands)
		status := map[bool]string{true: "PASS", false: "FAIL"}[slices.Equal(got, tc.want)]
		if err != nil {
			fmt.Printf("%s %-20s error: %v (invalid=%t)\n", status, tc.name, err, errors.Is(err, ErrInvalidHand))
			continue
		}
		fmt.Printf("%s %-20s %q as %s %v\n", status, tc.name, got, categories[rank.Cat], rank.Values)
	}
}
