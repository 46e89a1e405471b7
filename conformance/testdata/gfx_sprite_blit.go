package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

var ErrUnknownSprite = errors.New("unknown sprite")

// Sprite is a small bitmap; '.' is transparent.
type Sprite struct {
	Name string
	Rows []string
}

func (s Sprite) Size() (int, int) { return len(s.Rows[0]), len(s.Rows) }

func (s Sprite) FlipH() Sprite {
	out := Sprite{Name: s.Name + "_flipped"}
	for _, r := range s.Rows {
		b := []byte(r)
		slices.Reverse(b)
		out.Rows = append(out.Rows, string(b))
	}
	return out
}

type Atlas map[string]Sprite

func (a Atlas) Get(name string) (Sprite, error) {
	s, ok := a[name]
	if !ok {
		return Sprite{}, fmt.Errorf("atlas lookup %q: %w", name, ErrUnknownSprite)
	}
	return s, nil
}

type Screen struct {
	W, H int
	px   [][]byte
}

func NewScreen(w, h int) *Screen {
	s := &Screen{W: w, H: h}
	for range h {
		s.px = append(s.px, []byte(strings.Repeat("-", w)))
	}
	return s
}

// Blit copies non-transparent pixels, clipping at the screen edges.
// It returns how many pixels were written.
func (s *Screen) Blit(sp Sprite, x0, y0 int) int {
	n := 0
	for dy, row := range sp.Rows {
		for dx := range len(row) {
			x, y := x0+dx, y0+dy
			if row[dx] == '.' || x < 0 || y < 0 || x >= s.W || y >= s.H {
				continue
			}
			s.px[y][x] = row[dx]
			n++
		}
	}
	return n
}

func main() {
	atlas := Atlas{
		"ship":  {"ship", []string{"..^..", ".<#>.", "/###\\", "|.|.|"}},
		"alien": {"alien", []string{".o.o.", "ooooo", "o.o.o", ".o.o."}},
		"arrow": {"arrow", []string{"..#..", "...#.", "#####", "...#.", "..#.."}},
		"heart": {"heart", []string{".@.@.", "@@@@@", ".@@@.", "..@.."}},
	}
	for _, name := range slices.Sorted(maps.Keys(atlas)) {
		w, h := atlas[name].Size()
		fmt.Printf("sprite %-6q %dx%d\n", name, w, h)
	}

	scr := NewScreen(30, 10)
	placements := []struct {
		name string
		x, y int
		flip bool
	}{
		{"ship", 12, 6, false}, {"alien", 2, 1, false}, {"alien", 9, 1, false},
		{"arrow", 20, 2, false}, {"arrow", 24, 2, true}, {"heart", -2, 7, false},
		{"heart", 27, -1, false}, {"bomb", 5, 5, false},
	}
	for _, p := range placements {
		sp, err := atlas.Get(p.name)
		if err != nil {
			fmt.Printf("skip: %v (unknown=%t)\n", err, errors.Is(err, ErrUnknownSprite))
			continue
		}
		if p.flip {
			sp = sp.FlipH()
		}
		n := scr.Blit(sp, p.x, p.y)
		fmt.Printf("blit %-14s at (%3d,%3d): %2d pixels\n", sp.Name, p.x, p.y, n)
	}
	for _, row := range scr.px {
		fmt.Println(string(row))
	}
}
