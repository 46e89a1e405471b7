package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Rule is a life-like cellular automaton in B/S notation.
type Rule struct {
	Name           string
	Birth, Survive [9]bool
}

func ParseRule(name, spec string) (Rule, error) {
	r := Rule{Name: name}
	b, s, ok := strings.Cut(spec, "/")
	if !ok || !strings.HasPrefix(b, "B") || !strings.HasPrefix(s, "S") {
		return r, fmt.Errorf("bad rule %q", spec)
	}
	for _, ch := range b[1:] {
		n, err := strconv.Atoi(string(ch))
		if err != nil || n > 8 {
			return r, fmt.Errorf("bad birth digit %q in %q", ch, spec)
		}
		r.Birth[n] = true
	}
	for _, ch := range s[1:] {
		n, err := strconv.Atoi(string(ch))
		if err != nil || n > 8 {
			return r, fmt.Errorf("bad survive digit %q in %q", ch, spec)
		}
		r.Survive[n] = true
	}
	return r, nil
}

type World struct {
	w, h  int
	cells []bool
}

func NewWorld(w, h int, pattern []string, ox, oy int) *World {
	wd := &World{w: w, h: h, cells: make([]bool, w*h)}
	for y, line := range pattern {
		for x, ch := range line {
			if ch == 'O' {
				wd.Set(x+ox, y+oy, true)
			}
		}
	}
	return wd
}

func (wd *World) idx(x, y int) int     { return ((y+wd.h)%wd.h)*wd.w + (x+wd.w)%wd.w }
func (wd *World) Get(x, y int) bool    { return wd.cells[wd.idx(x, y)] }
func (wd *World) Set(x, y int, v bool) { wd.cells[wd.idx(x, y)] = v }

func (wd *World) Step(r Rule) *World {
	nw := &World{w: wd.w, h: wd.h, cells: make([]bool, len(wd.cells))}
	for y := 0; y < wd.h; y++ {
		for x := 0; x < wd.w; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && wd.Get(x+dx, y+dy) {
						n++
					}
				}
			}
			alive := wd.Get(x, y)
			nw.Set(x, y, alive && r.Survive[n] || !alive && r.Birth[n])
		}
	}
	return nw
}

func (wd *World) Population() int {
	c := 0
	for _, v := range wd.cells {
		if v {
			c++
		}
	}
	return c
}

func (wd *World) String() string {
	var sb strings.Builder
	for y := 0; y < wd.h; y++ {
		for x := 0; x < wd.w; x++ {
			if wd.Get(x, y) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	glider := []string{".O.", "..O", "OOO"}
	specs := [][2]string{{"Life", "B3/S23"}, {"HighLife", "B36/S23"}, {"Seeds", "B2/S"}, {"Day&Night", "B3678/S34678"}, {"Broken", "B9/S1"}}
	for _, sp := range specs {
		rule, err := ParseRule(sp[0], sp[1])
		if err != nil {
			fmt.Printf("%-10s error: %v\n", sp[0], err)
			continue
		}
		w := NewWorld(8, 8, glider, 1, 1)
		pops := []int{w.Population()}
		for range 8 {
			w = w.Step(rule)
			pops = append(pops, w.Population())
		}
		fmt.Printf("%-10s %-13s populations %v\n", rule.Name, sp[1], pops)
	}
	life, _ := ParseRule("Life", "B3/S23")
	w := NewWorld(6, 6, glider, 0, 0)
	for range 4 {
		w = w.Step(life)
	}
	fmt.Print("glider after 4 generations on a 6x6 torus:\n", w)
}
