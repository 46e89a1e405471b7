package main

import (
	"fmt"
	"sort"
	"strings"
)

// Canvas is a character raster; ' ' means transparent.
type Canvas struct {
	W, H int
	cell []rune
}

func NewCanvas(w, h int) Canvas {
	return Canvas{W: w, H: h, cell: []rune(strings.Repeat(" ", w*h))}
}

func (c *Canvas) Set(x, y int, r rune) {
	if x >= 0 && x < c.W && y >= 0 && y < c.H {
		c.cell[y*c.W+x] = r
	}
}

func (c Canvas) At(x, y int) rune { return c.cell[y*c.W+x] }

func (c Canvas) Count() int {
	n := 0
	for _, r := range c.cell {
		if r != ' ' {
			n++
		}
	}
	return n
}

// Layer embeds Canvas, so it gets Set, At and Count for free.
type Layer struct {
	Canvas
	Name string
	Z    int
}

type Drawable interface {
	Draw(c *Canvas)
}

type Box struct {
	X, Y, W, H int
	Fill       rune
}

func (b Box) Draw(c *Canvas) {
	for y := b.Y; y < b.Y+b.H; y++ {
		for x := b.X; x < b.X+b.W; x++ {
			hEdge, vEdge := y == b.Y || y == b.Y+b.H-1, x == b.X || x == b.X+b.W-1
			switch {
			case hEdge && vEdge:
				c.Set(x, y, '+')
			case hEdge:
				c.Set(x, y, '-')
			case vEdge:
				c.Set(x, y, '|')
			default:
				c.Set(x, y, b.Fill)
			}
		}
	}
}

type Text struct {
	X, Y int
	S    string
}

func (t Text) Draw(c *Canvas) {
	for i, r := range []rune(t.S) {
		c.Set(t.X+i, t.Y, r)
	}
}

type Scene struct{ layers []*Layer }

func (s *Scene) AddLayer(name string, z int, items ...Drawable) *Layer {
	l := &Layer{Canvas: NewCanvas(36, 12), Name: name, Z: z}
	for _, d := range items {
		d.Draw(&l.Canvas)
	}
	s.layers = append(s.layers, l)
	return l
}

func (s *Scene) Composite() Canvas {
	sort.SliceStable(s.layers, func(i, j int) bool { return s.layers[i].Z < s.layers[j].Z })
	out := NewCanvas(36, 12)
	for _, l := range s.layers {
		for i, r := range l.cell {
			if r != ' ' {
				out.cell[i] = r
			}
		}
	}
	return out
}

func main() {
	var s Scene
	s.AddLayer("windows", 5, Box{14, 3, 16, 7, '~'}, Text{16, 5, "front"})
	s.AddLayer("background", 0, Box{0, 0, 36, 12, '.'})
	bg := s.AddLayer("panel", 2, Box{3, 1, 18, 6, '#'}, Text{5, 2, "behind"})
	bg.Set(20, 10, '*')
	out := s.Composite()
	for _, l := range s.layers {
		fmt.Printf("layer z=%d %-10q cells=%3d type=%T\n", l.Z, l.Name, l.Count(), l.Canvas)
	}
	for y := range out.H {
		fmt.Println(string(out.cell[y*out.W : (y+1)*out.W]))
	}
	fmt.Printf("composite cells: %d, rune at (16,5) = %q\n", out.Count(), out.At(16, 5))
}
