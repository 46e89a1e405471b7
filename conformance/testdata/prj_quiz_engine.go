package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Question interface {
	Prompt() string
	Check(answer string) bool
	Points() int
}

type base struct {
	Text   string
	Weight int
}

func (b base) Prompt() string { return b.Text }
func (b base) Points() int    { return b.Weight }

type MultipleChoice struct {
	base
	Options []string
	Correct int
}

func (m MultipleChoice) Prompt() string {
	var sb strings.Builder
	sb.WriteString(m.Text)
	for i, o := range m.Options {
		fmt.Fprintf(&sb, " (%c) %s", 'a'+i, o)
	}
	return sb.String()
}

func (m MultipleChoice) Check(a string) bool {
	return len(a) == 1 && int(a[0]-'a') == m.Correct
}

type FreeText struct {
	base
	Accept []string
}

func (f FreeText) Check(a string) bool {
	for _, ok := range f.Accept {
		if strings.EqualFold(strings.TrimSpace(a), ok) {
			return true
		}
	}
	return false
}

type Numeric struct {
	base
	Want, Tol float64
}

func (n Numeric) Check(a string) bool {
	v, err := strconv.ParseFloat(a, 64)
	return err == nil && v >= n.Want-n.Tol && v <= n.Want+n.Tol
}

type Result struct {
	Player        string
	Score, Max    int
	Correct, Miss int
}

func (r Result) Grade() string {
	pct := 100 * r.Score / r.Max
	switch {
	case pct >= 90:
		return "A"
	case pct >= 75:
		return "B"
	case pct >= 50:
		return "C"
	}
	return "F"
}

func (r Result) String() string {
	return fmt.Sprintf("%-5s %3d/%d (%d right, %d wrong) grade %s", r.Player, r.Score, r.Max, r.Correct, r.Miss, r.Grade())
}

func Run(player string, qs []Question, answers []string, verbose bool) Result {
	r := Result{Player: player}
	for i, q := range qs {
		r.Max += q.Points()
		ans := ""
		if i < len(answers) {
			ans = answers[i]
		}
		ok := q.Check(ans)
		if ok {
			r.Score += q.Points()
			r.Correct++
		} else {
			r.Miss++
		}
		if verbose {
			fmt.Printf("  Q%d [%T] %s\n     answer %q -> %v\n", i+1, q, q.Prompt(), ans, ok)
		}
	}
	return r
}

func main() {
	qs := []Question{
		MultipleChoice{base{"Which keyword starts a goroutine?", 2}, []string{"async", "go", "spawn"}, 1},
		FreeText{base{"Zero value of a pointer?", 1}, []string{"nil"}},
		Numeric{base{"Pi to two decimals?", 3}, 3.14, 0.005},
		FreeText{base{"Builtin to add to a slice?", 2}, []string{"append", "append()"}},
		MultipleChoice{base{"Size of int32 in bytes?", 2}, []string{"2", "4", "8"}, 1},
	}
	fmt.Println("ann's attempt:")
	results := []Result{Run("ann", qs, []string{"b", " NIL ", "3.14", "append()", "b"}, true)}
	results = append(results,
		Run("bob", qs, []string{"a", "null", "3.1416", "append"}, false),
		Run("cy", qs, []string{"b", "nil", "x", "push", "c"}, false),
	)
	best := results[0]
	for _, r := range results {
		fmt.Println(r)
		if r.Score > best.Score {
			best = r
		}
	}
	fmt.Printf("winner: %s with %d points\n", best.Player, best.Score)
}
