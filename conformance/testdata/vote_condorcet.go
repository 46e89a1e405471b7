package main

import (
	"fmt"
	"strings"
)

type Matrix [][]int

// Pairwise builds d[i][j] = number of voters preferring i over j.
func Pairwise(cands []string, ballots map[string]int) Matrix {
	idx := make(map[string]int, len(cands))
	for i, c := range cands {
		idx[c] = i
	}
	d := make(Matrix, len(cands))
	for i := range d {
		d[i] = make([]int, len(cands))
	}
	for order, weight := range ballots {
		ranks := strings.Split(order, ">")
		for a := range ranks {
			for b := a + 1; b < len(ranks); b++ {
				d[idx[ranks[a]]][idx[ranks[b]]] += weight
			}
		}
	}
	return d
}

func (m Matrix) Print(cands []string) {
	fmt.Printf("%6s", "")
	for _, c := range cands {
		fmt.Printf("%6s", c)
	}
	fmt.Println()
	for i, row := range m {
		fmt.Printf("%6s", cands[i])
		for j, v := range row {
			if i == j {
				fmt.Printf("%6s", "-")
			} else {
				fmt.Printf("%6d", v)
			}
		}
		fmt.Println()
	}
}

// CondorcetWinner returns the candidate beating every other head-to-head.
func (m Matrix) CondorcetWinner() (int, bool) {
outer:
	for i := range m {
		for j := range m {
			if i != j && m[i][j] <= m[j][i] {
				continue outer
			}
		}
		return i, true
	}
	return -1, false
}

func (m Matrix) Copeland() []int {
	scores := make([]int, len(m))
	for i := range m {
		for j := range m {
			if i != j && m[i][j] > m[j][i] {
				scores[i]++
			}
		}
	}
	return scores
}

func report(title string, cands []string, ballots map[string]int) {
	fmt.Println("==", title, "==")
	m := Pairwise(cands, ballots)
	m.Print(cands)
	if w, ok := m.CondorcetWinner(); ok {
		fmt.Println("Condorcet winner:", cands[w])
	} else {
		fmt.Println("no Condorcet winner (cycle)")
	}
	fmt.Println("Copeland scores:", m.Copeland())
}

func main() {
	cands := []string{"Ash", "Birch", "Cedar", "Doug"}
	report("city park name", cands, map[string]int{
		"Ash>Birch>Cedar>Doug": 42,
		"Birch>Cedar>Doug>Ash": 26,
		"Cedar>Doug>Birch>Ash": 15,
		"Doug>Cedar>Birch>Ash": 17,
	})
	report("rock-paper-scissors electorate", cands[:3], map[string]int{
		"Ash>Birch>Cedar": 10,
		"Birch>Cedar>Ash": 10,
		"Cedar>Ash>Birch": 10,
	})
}
