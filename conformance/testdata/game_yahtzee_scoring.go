package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Category int

const (
	Ones Category = iota
	Twos
	Threes
	Fours
	Fives
	Sixes
	ThreeKind
	FourKind
	FullHouse
	SmallStraight
	LargeStraight
	Yahtzee
	Chance
	numCategories
)

var catNames = [numCategories]string{
	"Ones", "Twos", "Threes", "Fours", "Fives", "Sixes", "3 of a kind",
	"4 of a kind", "Full house", "Sm straight", "Lg straight", "Yahtzee", "Chance",
}

func (c Category) String() string { return catNames[c] }

type Dice [5]int

func (d Dice) counts() (cnt [7]int, sum int) {
	for _, v := range d {
		cnt[v]++
		sum += v
	}
	return
}

func hasRun(cnt [7]int, length int) bool {
	run := 0
	for v := 1; v <= 6; v++ {
		if cnt[v] > 0 {
			run++
			if run >= length {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func (d Dice) Score(c Category) int {
	cnt, sum := d.counts()
	most := slices.Max(cnt[:])
	switch {
	case c <= Sixes:
		face := int(c) + 1
		return face * cnt[face]
	case c == ThreeKind && most >= 3, c == FourKind && most >= 4, c == Chance:
		return sum
	case c == FullHouse && slices.Contains(cnt[:], 3) && slices.Contains(cnt[:], 2):
		return 25
	case c == SmallStraight && hasRun(cnt, 4):
		return 30
	case c == LargeStraight && hasRun(cnt, 5):
		return 40
	case c == Yahtzee && most == 5:
		return 50
	}
	return 0
}

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	used := map[Category]bool{}
	scores := map[Category]int{}
	for turn := 1; turn <= int(numCategories); turn++ {
		var d Dice
		for i := range d {
			d[i] = rng.IntN(6) + 1
		}
		slices.Sort(d[:])
		best, bestScore := Category(-1), -1
		for c := range numCategories {
			if used[c] {
				continue
			}
			if s := d.Score(c); s > bestScore {
				best, bestScore = c, s
			}
		}
		used[best] = true
		scores[best] = bestScore
		fmt.Printf("turn %2d: %v -> %-12s %2d\n", turn, d, best, bestScore)
	}

	upper, lower := 0, 0
	for c, s := range scores {
		if c <= Sixes {
			upper += s
		} else {
			lower += s
		}
	}
	bonus := 0
	if upper >= 63 {
		bonus = 35
	}
	fmt.Println("------------------------")
	for c := range numCategories {
		fmt.Printf("%-12s %3d\n", c, scores[c])
	}
	fmt.Printf("upper %d + bonus %d + lower %d = %d\n", upper, bonus, lower, upper+bonus+lower)
}
