package main

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand"
	"slices"
)

type Vec struct{ X, Y float64 }

func (a Vec) Sub(b Vec) Vec       { return Vec{a.X - b.X, a.Y - b.Y} }
func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k} }
func (a Vec) Cross(b Vec) float64 { return a.X*b.Y - a.Y*b.X }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y }
func (a Vec) String() string      { return fmt.Sprintf("(%.3g,%.3g)", a.X, a.Y) }

type Segment struct{ P, Q Vec }

func (s Segment) String() string { return fmt.Sprintf("[%v->%v]", s.P, s.Q) }

var (
	ErrParallel = errors.New("parallel segments")
	ErrDisjoint = errors.New("segments do not touch")
)

type OverlapError struct{ From, To Vec }

func (e *OverlapError) Error() string {
	return fmt.Sprintf("collinear overlap from %v to %v", e.From, e.To)
}

const eps = 1e-12

func Intersect(a, b Segment) (Vec, error) {
	r, s := a.Q.Sub(a.P), b.Q.Sub(b.P)
	denom := r.Cross(s)
	qp := b.P.Sub(a.P)
	if math.Abs(denom) < eps {
		if math.Abs(qp.Cross(r)) > eps {
			return Vec{}, ErrParallel
		}
		rr := r.Dot(r)
		t0 := qp.Dot(r) / rr
		t1 := t0 + s.Dot(r)/rr
		if t0 > t1 {
			t0, t1 = t1, t0
		}
		lo, hi := math.Max(0, t0), math.Min(1, t1)
		if lo > hi+eps {
			return Vec{}, fmt.Errorf("collinear, gap %.2f: %w", lo-hi, ErrDisjoint)
		}
		from, to := a.P.Add(r.Scale(lo)), a.P.Add(r.Scale(hi))
		if math.Abs(hi-lo) < eps {
			return from, nil
		}
		return from, &OverlapError{from, to}
	}
	t := qp.Cross(s) / denom
	u := qp.Cross(r) / denom
	if t < -eps || t > 1+eps || u < -eps || u > 1+eps {
		return Vec{}, fmt.Errorf("t=%.3f u=%.3f: %w", t, u, ErrDisjoint)
	}
	return a.P.Add(r.Scale(t)), nil
}

func describe(err error) string {
	var ov *OverlapError
	switch {
	case err == nil:
		return "point"
	case errors.As(err, &ov):
		return fmt.Sprintf("overlap(len=%.3f)", math.Hypot(ov.To.X-ov.From.X, ov.To.Y-ov.From.Y))
	case errors.Is(err, ErrParallel):
		return "parallel"
	case errors.Is(err, ErrDisjoint):
		return "disjoint"
	}
	return "unknown"
}

func main() {
	pairs := [][2]Segment{
		{{Vec{0, 0}, Vec{4, 4}}, {Vec{0, 4}, Vec{4, 0}}},
		{{Vec{0, 0}, Vec{2, 0}}, {Vec{0, 1}, Vec{2, 1}}},
		{{Vec{0, 0}, Vec{4, 0}}, {Vec{2, 0}, Vec{6, 0}}},
		{{Vec{0, 0}, Vec{1, 0}}, {Vec{3, 0}, Vec{5, 0}}},
		{{Vec{0, 0}, Vec{2, 2}}, {Vec{2, 2}, Vec{3, 0}}},
		{{Vec{0, 0}, Vec{1, 1}}, {Vec{3, 0}, Vec{3, 5}}},
		{{Vec{0, 0}, Vec{2, 0}}, {Vec{2, 0}, Vec{5, 0}}},
		{{Vec{-1, 3}, Vec{5, 0}}, {Vec{1, -2}, Vec{2, 6}}},
	}
	for i, p := range pairs {
		pt, err := Intersect(p[0], p[1])
		fmt.Printf("#%d %v x %v\n", i, p[0], p[1])
		if err != nil {
			fmt.Printf("    %-18s err=%q\n", describe(err), err.Error())
		} else {
			fmt.Printf("    %-18s at %v\n", describe(err), pt)
		}
	}

	rng := rand.New(rand.NewSource(2024))
	segs := make([]Segment, 12)
	for i := range segs {
		segs[i] = Segment{
			Vec{float64(rng.Intn(20)), float64(rng.Intn(20))},
			Vec{float64(rng.Intn(20)), float64(rng.Intn(20))},
		}
	}
	kinds := map[string]int{}
	var hits []Vec
	for i := range segs {
		for j := i + 1; j < len(segs); j++ {
			pt, err := Intersect(segs[i], segs[j])
			kinds[describe(err)]++
			if err == nil {
				hits = append(hits, pt)
			}
		}
	}
	slices.SortFunc(hits, func(a, b Vec) int {
		if a.X != b.X {
			return int(math.Copysign(1, a.X-b.X))
		}
		return int(math.Copysign(1, a.Y-b.Y))
	})
	fmt.Printf("random segments: %d intersections\n", len(hits))
	for _, h := range hits {
		fmt.Printf("  %6.2f %6.2f\n", h.X, h.Y)
	}
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		fmt.Printf("kind %-10s count %d\n", k, kinds[k])
	}
}
