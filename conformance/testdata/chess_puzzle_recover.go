package main

import (
	"errors"
	"fmt"
	"strings"
)

// Puzzle is a tactic with a forced solution line.
type Puzzle struct {
	ID       string
	Theme    string
	Solution []string
}

type attempt struct {
	puzzle *Puzzle
	moves  []string
}

// check panics on malformed data; callers recover and turn it into an error.
func (a attempt) check() int {
	if a.puzzle == nil {
		panic("nil puzzle")
	}
	correct := 0
	for i, m := range a.moves {
		if i >= len(a.puzzle.Solution) {
			panic(fmt.Sprintf("puzzle %s: extra move %q", a.puzzle.ID, m))
		}
		if m != a.puzzle.Solution[i] {
			break
		}
		correct++
	}
	return correct
}

func grade(a attempt) (score int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("grading aborted: %v", r)
		}
	}()
	n := a.check()
	if n == len(a.puzzle.Solution) {
		return 100, nil
	}
	return n * 100 / len(a.puzzle.Solution), errors.New("line incomplete after " + fmt.Sprint(n) + " correct moves")
}

func logSteps(id string) {
	fmt.Println("  start", id)
	for i := range 3 {
		defer fmt.Println("  deferred step", i)
	}
	fmt.Println("  end", id)
}

func main() {
	mate2 := &Puzzle{ID: "m2-001", Theme: "mateIn2", Solution: []string{"Qxh7+", "Kxh7", "Rh3#"}}
	fork := &Puzzle{ID: "fk-014", Theme: "fork", Solution: []string{"Nc7+", "Kd8", "Nxa8"}}

	attempts := []attempt{
		{mate2, []string{"Qxh7+", "Kxh7", "Rh3#"}},
		{mate2, []string{"Qxh7+", "Kf8"}},
		{fork, []string{"Nc7+", "Kd8", "Nxa8", "Kc8"}},
		{nil, []string{"e4"}},
		{fork, []string{"Nf6+"}},
	}
	total := 0
	for i, a := range attempts {
		score, err := grade(a)
		total += score
		id := "<none>"
		if a.puzzle != nil {
			id = a.puzzle.ID
		}
		if err != nil {
			fmt.Printf("attempt %d [%s] score %3d%%: %v\n", i+1, id, score, err)
			continue
		}
		fmt.Printf("attempt %d [%s] solved! %s\n", i+1, id, strings.Join(a.moves, " "))
	}
	fmt.Printf("average: %.1f%%\n", float64(total)/float64(len(attempts)))
	fmt.Println("defer order demo:")
	logSteps("m2-001")
}
