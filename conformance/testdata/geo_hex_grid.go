package main

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
)

// Hex uses axial coordinates; the third cube coordinate is S = -Q-R.
type Hex struct{ Q, R int }

func (h Hex) S() int             { return -h.Q - h.R }
func (h Hex) Add(o Hex) Hex      { return Hex{h.Q + o.Q, h.R + o.R} }
func (h Hex) Scale(k int) Hex    { return Hex{h.Q * k, h.R * k} }
func (h Hex) String() string     { return fmt.Sprintf("[%d,%d,%d]", h.Q, h.R, h.S()) }
func (h Hex) Neighbor(d int) Hex { return h.Add(Directions[d%6]) }

var Directions = [6]Hex{{1, 0}, {1, -1}, {0, -1}, {-1, 0}, {-1, 1}, {0, 1}}

func abs(x int) int { return max(x, -x) }

func Distance(a, b Hex) int {
	return (abs(a.Q-b.Q) + abs(a.R-b.R) + abs(a.S()-b.S())) / 2
}

func Ring(center Hex, radius int) iter.Seq[Hex] {
	return func(yield func(Hex) bool) {
		if radius == 0 {
			yield(center)
			return
		}
		h := center.Add(Directions[4].Scale(radius))
		for side := range 6 {
			for range radius {
				if !yield(h) {
					return
				}
				h = h.Neighbor(side)
			}
		}
	}
}

func roundHex(q, r float64) Hex {
	s := -q - r
	rq, rr, rs := math.Round(q), math.Round(r), math.Round(s)
	dq, dr, ds := math.Abs(rq-q), math.Abs(rr-r), math.Abs(rs-s)
	if dq > dr && dq > ds {
		rq = -rr - rs
	} else if dr > ds {
		rr = -rq - rs
	}
	return Hex{int(rq), int(rr)}
}

func Line(a, b Hex) []Hex {
	n := Distance(a, b)
	out := make([]Hex, 0, n+1)
	for i := range n + 1 {
		t := 0.0
		if n > 0 {
			t = float64(i) / float64(n)
		}
		q := float64(a.Q) + (float64(b.Q-a.Q))*t + 1e-6
		r := float64(a.R) + (float64(b.R-a.R))*t + 1e-6
		out = append(out, roundHex(q, r))
	}
	return out
}

// Reachable returns hexes within k moves, avoiding walls (breadth-first).
func Reachable(start Hex, k int, walls map[Hex]bool) map[Hex]int {
	dist := map[Hex]int{start: 0}
	frontier := []Hex{start}
	for step := 1; step <= k; step++ {
		var next []Hex
		for _, h := range frontier {
			for d := range 6 {
				n := h.Neighbor(d)
				if _, ok := dist[n]; !ok && !walls[n] {
					dist[n] = step
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	return dist
}

func main() {
	o := Hex{0, 0}
	a, b := Hex{3, -1}, Hex{-3, 2}
	fmt.Printf("a=%v b=%v dist=%d  %+v\n", a, b, Distance(a, b), a)
	for r := range 4 {
		ring := slices.Collect(Ring(o, r))
		fmt.Printf("ring %d: %d hexes", r, len(ring))
		if r <= 1 {
			fmt.Printf(" %v", ring)
		}
		fmt.Println()
	}
	fmt.Println("line a->b:", Line(a, b))

	walls := map[Hex]bool{}
	for _, h := range []Hex{{1, 0}, {1, -1}, {0, -1}, {-1, 0}, {2, -2}, {2, -3}} {
		walls[h] = true
	}
	dist := Reachable(o, 3, walls)
	counts := make([]int, 4)
	for _, d := range dist {
		counts[d]++
	}
	fmt.Printf("reachable within 3 (walls=%d): %d, per step %v\n", len(walls), len(dist), counts)
	keys := slices.SortedFunc(func(yield func(Hex) bool) {
		for h, d := range dist {
			if d == 3 && !yield(h) {
				return
			}
		}
	}, func(x, y Hex) int { return cmp.Or(cmp.Compare(x.R, y.R), cmp.Compare(x.Q, y.Q)) })
	fmt.Println("exactly 3 away:", keys)

	const radius = 4
	for r := -radius; r <= radius; r++ {
		var sb strings.Builder
		sb.WriteString(strings.Repeat(" ", abs(r)))
		for q := -radius; q <= radius; q++ {
			h := Hex{q, r}
			if Distance(o, h) > radius {
				continue
			}
			switch d, ok := dist[h]; {
			case h == o:
				sb.WriteString("@ ")
			case walls[h]:
				sb.WriteString("# ")
			case ok:
				sb.WriteString(fmt.Sprintf("%d ", d))
			default:
				sb.WriteString(". ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
}
