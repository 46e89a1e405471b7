package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

type Hand int

const (
	Rock Hand = iota
	Paper
	Scissors
)

func (h Hand) String() string { return [...]string{"R", "P", "S"}[h] }

func (h Hand) Beats(o Hand) bool { return (h+3-o)%3 == 1 }

// A Strategy picks a hand given its own and the opponent's history.
type Strategy func(mine, theirs []Hand) Hand

func constant(h Hand) Strategy {
	return func(_, _ []Hand) Hand { return h }
}

func cycle() Strategy {
	return func(mine, _ []Hand) Hand { return Hand(len(mine) % 3) }
}

func copycat(mine, theirs []Hand) Hand {
	if len(theirs) == 0 {
		return Paper
	}
	return theirs[len(theirs)-1]
}

func counterMost(mine, theirs []Hand) Hand {
	var seen [3]int
	for _, h := range theirs {
		seen[h]++
	}
	most := Rock
	for h := Paper; h <= Scissors; h++ {
		if seen[h] > seen[most] {
			most = h
		}
	}
	return (most + 1) % 3
}

func randomly(rng *rand.Rand) Strategy {
	return func(_, _ []Hand) Hand { return Hand(rng.IntN(3)) }
}

type Player struct {
	Name         string
	Play         Strategy
	W, D, L, Pts int
}

func match(a, b *Player, rounds int) (aw, bw int, trace string) {
	var ha, hb []Hand
	for range rounds {
		x, y := a.Play(ha, hb), b.Play(hb, ha)
		ha, hb = append(ha, x), append(hb, y)
		switch {
		case x.Beats(y):
			aw++
		case y.Beats(x):
			bw++
		}
		if len(trace) < 16 {
			trace += x.String() + y.String() + " "
		}
	}
	return aw, bw, trace
}

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	players := []*Player{
		{Name: "Rocky", Play: constant(Rock)},
		{Name: "Cycler", Play: cycle()},
		{Name: "Copycat", Play: copycat},
		{Name: "Counter", Play: counterMost},
		{Name: "Dice", Play: randomly(rng)},
	}
	for i, a := range players {
		for _, b := range players[i+1:] {
			aw, bw, trace := match(a, b, 30)
			fmt.Printf("%-7s vs %-7s %2d-%-2d  %s...\n", a.Name, b.Name, aw, bw, trace)
			switch {
			case aw > bw:
				a.W, b.L, a.Pts = a.W+1, b.L+1, a.Pts+3
			case bw > aw:
				b.W, a.L, b.Pts = b.W+1, a.L+1, b.Pts+3
			default:
				a.D, b.D, a.Pts, b.Pts = a.D+1, b.D+1, a.Pts+1, b.Pts+1
			}
		}
	}
	sort.SliceStable(players, func(i, j int) bool { return players[i].Pts > players[j].Pts })
	fmt.Println()
	fmt.Printf("%-8s %s %s %s %3s\n", "Player", "W", "D", "L", "Pts")
	for _, p := range players {
		fmt.Printf("%-8s %d %d %d %3d\n", p.Name, p.W, p.D, p.L, p.Pts)
	}
	fmt.Printf("champion: %+v\n", struct {
		Name string
		Pts  int
	}{players[0].Name, players[0].Pts})
}
