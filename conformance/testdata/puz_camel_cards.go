package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `32T3K 765
T55J5 684
KTJJT 220
QQQJA 483
JJJJJ 17
2345J 99`

type Kind int

const (
	HighCard Kind = iota
	OnePair
	TwoPair
	ThreeKind
	FullHouse
	FourKind
	FiveKind
)

var kindNames = [...]string{"high", "pair", "two-pair", "three", "full-house", "four", "five"}

func (k Kind) String() string { return kindNames[k] }

type Hand struct {
	Cards string
	Bid   int
}

func classify(cards string, jokers bool) Kind {
	counts := map[rune]int{}
	jokerCount := 0
	for _, c := range cards {
		if jokers && c == 'J' {
			jokerCount++
			continue
		}
		counts[c]++
	}
	freq := []int{0}
	for _, n := range counts {
		freq = append(freq, n)
	}
	slices.SortFunc(freq, func(a, b int) int { return cmp.Compare(b, a) })
	freq[0] += jokerCount
	switch {
	case freq[0] == 5:
		return FiveKind
	case freq[0] == 4:
		return FourKind
	case freq[0] == 3 && freq[1] == 2:
		return FullHouse
	case freq[0] == 3:
		return ThreeKind
	case freq[0] == 2 && freq[1] == 2:
		return TwoPair
	case freq[0] == 2:
		return OnePair
	}
	return HighCard
}

func winnings(hands []Hand, jokers bool) int {
	order := "23456789TJQKA"
	if jokers {
		order = "J23456789TQKA"
	}
	key := func(h Hand) string {
		return strings.Map(func(r rune) rune { return 'a' + rune(strings.IndexRune(order, r)) }, h.Cards)
	}
	slices.SortFunc(hands, func(a, b Hand) int {
		return cmp.Or(cmp.Compare(classify(a.Cards, jokers), classify(b.Cards, jokers)), cmp.Compare(key(a), key(b)))
	})
	total := 0
	for i, h := range hands {
		total += (i + 1) * h.Bid
	}
	fmt.Println(hands[0].Cards, classify(hands[0].Cards, jokers), "..", hands[len(hands)-1].Cards, classify(hands[len(hands)-1].Cards, jokers))
	return total
}

func main() {
	var hands []Hand
	for _, line := range strings.Split(input, "\n") {
		f := strings.Fields(line)
		bid, _ := strconv.Atoi(f[1])
		hands = append(hands, Hand{f[0], bid})
	}
	fmt.Println("part 1:", winnings(hands, false))
	fmt.Println("part 2:", winnings(hands, true))
}
