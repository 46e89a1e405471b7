package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Dist() float64 { return math.Hypot(float64(p.X), float64(p.Y)) }

type Walker struct {
	Pos     Point
	Steps   int
	Visited map[Point]int
	rng     *rand.Rand
}

func NewWalker(seed1, seed2 uint64) *Walker {
	return &Walker{Visited: map[Point]int{{0, 0}: 1}, rng: rand.New(rand.NewPCG(seed1, seed2))}
}

var moves = [4]Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}

func (w *Walker) Step() {
	m := moves[w.rng.IntN(len(moves))]
	w.Pos.X += m.X
	w.Pos.Y += m.Y
	w.Steps++
	w.Visited[w.Pos]++
}

func (w Walker) String() string {
	return fmt.Sprintf("after %d steps at %+v (distance %.3f), %d distinct cells", w.Steps, w.Pos, w.Pos.Dist(), len(w.Visited))
}

func main() {
	w := NewWalker(1, 2)
	var path []Point
	for range 20 {
		w.Step()
		path = append(path, w.Pos)
	}
	fmt.Println("first 20 positions:", path)
	for w.Steps < 1000 {
		w.Step()
	}
	fmt.Println(w)

	// draw the region around the origin: count of visits, clipped
	var sb strings.Builder
	for y := 6; y >= -6; y-- {
		for x := -12; x <= 12; x++ {
			c := w.Visited[Point{x, y}]
			switch {
			case x == 0 && y == 0:
				sb.WriteByte('O')
			case c == 0:
				sb.WriteByte('.')
			case c < 10:
				sb.WriteByte(byte('0' + c))
			default:
				sb.WriteByte('+')
			}
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())

	// 1D walks: mean squared displacement should be close to n
	r := rand.New(rand.NewPCG(1, 2))
	const trials, n = 2000, 100
	var sumSq float64
	returned := 0
	for range trials {
		pos := 0
		hitZero := false
		for range n {
			if r.IntN(2) == 0 {
				pos++
			} else {
				pos--
			}
			if pos == 0 {
				hitZero = true
			}
		}
		sumSq += float64(pos * pos)
		if hitZero {
			returned++
		}
	}
	fmt.Printf("1D: mean squared displacement %.2f (expect ~%d), returned to origin %.1f%%\n", sumSq/trials, n, 100*float64(returned)/trials)
	fmt.Printf("floats: %.6f %.6f, perm: %v, uint64: %d\n", r.Float64(), r.NormFloat64(), r.Perm(6), r.Uint64())
}
