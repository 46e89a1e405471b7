package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Cmd is one parsed turtle command; REPEAT carries a Body.
type Cmd struct {
	Op   string
	Args []float64
	Body []Cmd
}

var ErrSyntax = errors.New("syntax error")

func parse(toks []string, pos int) ([]Cmd, int, error) {
	var cmds []Cmd
	num := func(i int) (float64, error) {
		if i >= len(toks) {
			return 0, fmt.Errorf("token %d: missing number: %w", i, ErrSyntax)
		}
		return strconv.ParseFloat(toks[i], 64)
	}
	for pos < len(toks) {
		op := toks[pos]
		switch op {
		case "]":
			return cmds, pos + 1, nil
		case "PU", "PD":
			cmds, pos = append(cmds, Cmd{Op: op}), pos+1
		case "FD", "RT", "LT", "REPEAT":
			v, err := num(pos + 1)
			if err != nil {
				return nil, 0, err
			}
			if op != "REPEAT" {
				cmds, pos = append(cmds, Cmd{Op: op, Args: []float64{v}}), pos+2
				continue
			}
			if pos+2 >= len(toks) || toks[pos+2] != "[" {
				return nil, 0, fmt.Errorf("REPEAT needs '[': %w", ErrSyntax)
			}
			body, next, err := parse(toks, pos+3)
			if err != nil {
				return nil, 0, err
			}
			cmds, pos = append(cmds, Cmd{Op: op, Args: []float64{v}, Body: body}), next
		default:
			return nil, 0, fmt.Errorf("unknown command %q: %w", op, ErrSyntax)
		}
	}
	return cmds, pos, nil
}

type Turtle struct {
	X, Y, Heading float64
	Pen           bool
	Steps         int
	grid          [][]byte
}

func (t *Turtle) Run(cmds []Cmd) {
	for _, c := range cmds {
		switch c.Op {
		case "PU", "PD":
			t.Pen = c.Op == "PD"
		case "RT", "LT":
			t.Heading = math.Mod(t.Heading+map[string]float64{"RT": 1, "LT": -1}[c.Op]*c.Args[0]+360, 360)
		case "FD":
			s, co := math.Sincos(t.Heading * math.Pi / 180)
			for range int(c.Args[0]) {
				t.X, t.Y, t.Steps = t.X+co, t.Y+s, t.Steps+1
				x, y := int(math.Round(t.X)), int(math.Round(t.Y))
				if t.Pen && y >= 0 && y < len(t.grid) && x >= 0 && x < len(t.grid[y]) {
					t.grid[y][x] = '*'
				}
			}
		case "REPEAT":
			for range int(c.Args[0]) {
				t.Run(c.Body)
			}
		}
	}
}

func main() {
	grid := make([][]byte, 20)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(" ", 56))
	}
	t := &Turtle{X: 2, Y: 6, Pen: true, grid: grid}
	programs := []string{
		"REPEAT 4 [ FD 10 RT 90 ]",
		"PU FD 16 PD REPEAT 4 [ REPEAT 4 [ FD 4 RT 90 ] RT 90 ]",
		"PU FD 12 RT 90 FD 3 LT 90 PD REPEAT 5 [ FD 14 RT 144 ]",
		"FD 3 RT 90 FD",
		"REPEAT 3 [ JUMP 2 ]",
	}
	for _, src := range programs {
		cmds, _, err := parse(strings.Fields(src), 0)
		if err != nil {
			fmt.Printf("%-55q -> error: %v (syntax=%t)\n", src, err, errors.Is(err, ErrSyntax))
			continue
		}
		t.Run(cmds)
		fmt.Printf("%-55q -> %d cmds, at (%.1f,%.1f) heading %g\n", src, len(cmds), t.X, t.Y, t.Heading)
	}
	for _, row := range t.grid {
		fmt.Println(strings.TrimRight(string(row), " "))
	}
	fmt.Printf("total steps walked: %d pen down: %t\n", t.Steps, t.Pen)
}
