package main

import (
	"fmt"
	"strings"
)

type LSystem struct {
	Axiom string
	Rules map[rune]string
}

func (l LSystem) Expand(n int) string {
	s := l.Axiom
	for range n {
		var sb strings.Builder
		for _, r := range s {
			if rep, ok := l.Rules[r]; ok {
				sb.WriteString(rep)
			} else {
				sb.WriteRune(r)
			}
		}
		s = sb.String()
	}
	return s
}

type Pos struct{ X, Y int }

// Turtle walks on a grid, marking every cell it passes with its pen.
type Turtle struct {
	at      Pos
	heading int // 0=east 1=north 2=west 3=south
	pen     byte
	trail   map[Pos]byte
	steps   int
}

var deltas = [4]Pos{{1, 0}, {0, -1}, {-1, 0}, {0, 1}}

func NewTurtle() *Turtle {
	t := &Turtle{pen: '#', trail: map[Pos]byte{}}
	t.trail[t.at] = '@'
	return t
}

func (t *Turtle) Forward(n int) {
	for range n {
		d := deltas[t.heading]
		t.at = Pos{t.at.X + d.X, t.at.Y + d.Y}
		if _, seen := t.trail[t.at]; !seen {
			t.trail[t.at] = t.pen
		}
		t.steps++
	}
}

func (t *Turtle) Left()  { t.heading = (t.heading + 1) % 4 }
func (t *Turtle) Right() { t.heading = (t.heading + 3) % 4 }

func (t *Turtle) Run(program string, stride int) {
	for _, c := range program {
		switch c {
		case 'F':
			t.Forward(stride)
		case '+':
			t.Left()
		case '-':
			t.Right()
		}
	}
}

func (t *Turtle) Render() []string {
	lo, hi := t.at, t.at
	for p := range t.trail {
		lo = Pos{min(lo.X, p.X), min(lo.Y, p.Y)}
		hi = Pos{max(hi.X, p.X), max(hi.Y, p.Y)}
	}
	var lines []string
	for y := lo.Y; y <= hi.Y; y++ {
		row := make([]byte, 0, hi.X-lo.X+1)
		for x := lo.X; x <= hi.X; x++ {
			if ch, ok := t.trail[Pos{x, y}]; ok {
				row = append(row, ch)
			} else {
				row = append(row, ' ')
			}
		}
		lines = append(lines, strings.TrimRight(string(row), " "))
	}
	return lines
}

func main() {
	hilbert := LSystem{Axiom: "A", Rules: map[rune]string{'A': "+BF-AFA-FB+", 'B': "-AF+BFB+FA-"}}
	for order := 1; order <= 3; order++ {
		prog := hilbert.Expand(order)
		t := NewTurtle()
		t.Run(prog, 2)
		fmt.Printf("Hilbert curve order %d: %d symbols, %d steps, ends at %v\n",
			order, len(prog), t.steps, t.at)
		if order >= 2 {
			for _, line := range t.Render() {
				fmt.Println("  " + line)
			}
		}
	}

	spiral := NewTurtle()
	spiral.pen = '*'
	for i := 1; i <= 9; i++ {
		spiral.Forward(i)
		spiral.Left()
	}
	fmt.Printf("square spiral: %d steps, heading %d\n", spiral.steps, spiral.heading)
	for _, line := range spiral.Render() {
		fmt.Println("  " + line)
	}
}
