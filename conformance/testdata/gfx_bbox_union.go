package main

import (
	"errors"
	"fmt"
	"image"
	"strings"
)

type Point struct{ X, Y int }

// Box is a half-open rectangle [Min, Max).
type Box struct{ Min, Max Point }

var ErrNoPoints = errors.New("no points")

func (b Box) Empty() bool { return b.Min.X >= b.Max.X || b.Min.Y >= b.Max.Y }
func (b Box) Area() int {
	if b.Empty() {
		return 0
	}
	return (b.Max.X - b.Min.X) * (b.Max.Y - b.Min.Y)
}

func (b Box) Contains(p Point) bool {
	return p.X >= b.Min.X && p.X < b.Max.X && p.Y >= b.Min.Y && p.Y < b.Max.Y
}

func (b Box) Intersect(o Box) Box {
	r := Box{
		Point{max(b.Min.X, o.Min.X), max(b.Min.Y, o.Min.Y)},
		Point{min(b.Max.X, o.Max.X), min(b.Max.Y, o.Max.Y)},
	}
	if r.Empty() {
		return Box{}
	}
	return r
}

func (b Box) Union(o Box) Box {
	if b.Empty() {
		return o
	}
	if o.Empty() {
		return b
	}
	return Box{
		Point{min(b.Min.X, o.Min.X), min(b.Min.Y, o.Min.Y)},
		Point{max(b.Max.X, o.Max.X), max(b.Max.Y, o.Max.Y)},
	}
}

func (b Box) String() string {
	return fmt.Sprintf("[%d,%d)-[%d,%d)", b.Min.X, b.Min.Y, b.Max.X, b.Max.Y)
}

func (b Box) Image() image.Rectangle { return image.Rect(b.Min.X, b.Min.Y, b.Max.X, b.Max.Y) }

func BoundsOf(pts ...Point) (Box, error) {
	if len(pts) == 0 {
		return Box{}, fmt.Errorf("bounds: %w", ErrNoPoints)
	}
	b := Box{pts[0], Point{pts[0].X + 1, pts[0].Y + 1}}
	for _, p := range pts[1:] {
		b = b.Union(Box{p, Point{p.X + 1, p.Y + 1}})
	}
	return b, nil
}

func main() {
	a := Box{Point{2, 1}, Point{14, 7}}
	b := Box{Point{9, 4}, Point{24, 11}}
	c := Box{Point{26, 2}, Point{30, 5}}

	for _, pair := range [][2]Box{{a, b}, {a, c}, {b, c}} {
		x, y := pair[0], pair[1]
		in, un := x.Intersect(y), x.Union(y)
		fmt.Printf("%v & %v = %v (area %d)\n", x, y, in, in.Area())
		fmt.Printf("%v | %v = %v (area %d)\n", x, y, un, un.Area())
		same := in.Image() == x.Image().Intersect(y.Image()) && un.Image() == x.Image().Union(y.Image())
		fmt.Printf("  matches image.Rectangle: %t\n", same)
	}

	inter := a.Intersect(b)
	var sb strings.Builder
	for y := 0; y < 12; y++ {
		for x := 0; x < 32; x++ {
			p := Point{x, y}
			switch {
			case inter.Contains(p):
				sb.WriteByte('X')
			case a.Contains(p):
				sb.WriteByte('a')
			case b.Contains(p):
				sb.WriteByte('b')
			case c.Contains(p):
				sb.WriteByte('c')
			default:
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())

	bb, err := BoundsOf(Point{5, 5}, Point{-3, 8}, Point{10, -2}, Point{0, 0})
	fmt.Printf("bounds of points: %v err=%v\n", bb, err)
	fmt.Printf("as image.Rectangle: %v size=%v\n", bb.Image(), bb.Image().Size())
	_, err = BoundsOf()
	fmt.Printf("empty: err=%q is ErrNoPoints=%t\n", err, errors.Is(err, ErrNoPoints))
}
