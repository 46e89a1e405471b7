package main

import (
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type BBox[T Number] struct {
	MinX, MinY, MaxX, MaxY T
}

func FromPoints[T Number](pts ...[2]T) (BBox[T], bool) {
	if len(pts) == 0 {
		return BBox[T]{}, false
	}
	b := BBox[T]{pts[0][0], pts[0][1], pts[0][0], pts[0][1]}
	for _, p := range pts[1:] {
		b.MinX, b.MaxX = min(b.MinX, p[0]), max(b.MaxX, p[0])
		b.MinY, b.MaxY = min(b.MinY, p[1]), max(b.MaxY, p[1])
	}
	return b, true
}

func (b BBox[T]) Width() T  { return b.MaxX - b.MinX }
func (b BBox[T]) Height() T { return b.MaxY - b.MinY }
func (b BBox[T]) Area() T   { return b.Width() * b.Height() }

func (b BBox[T]) Contains(x, y T) bool {
	return x >= b.MinX && x <= b.MaxX && y >= b.MinY && y <= b.MaxY
}

func (b BBox[T]) Union(o BBox[T]) BBox[T] {
	return BBox[T]{min(b.MinX, o.MinX), min(b.MinY, o.MinY), max(b.MaxX, o.MaxX), max(b.MaxY, o.MaxY)}
}

func (b BBox[T]) Intersect(o BBox[T]) (BBox[T], bool) {
	r := BBox[T]{max(b.MinX, o.MinX), max(b.MinY, o.MinY), min(b.MaxX, o.MaxX), min(b.MaxY, o.MaxY)}
	if r.MinX > r.MaxX || r.MinY > r.MaxY {
		return BBox[T]{}, false
	}
	return r, true
}

func (b BBox[T]) Expand(d T) BBox[T] {
	return BBox[T]{b.MinX - d, b.MinY - d, b.MaxX + d, b.MaxY + d}
}

func (b BBox[T]) String() string {
	return fmt.Sprintf("[%v..%v]x[%v..%v]", b.MinX, b.MaxX, b.MinY, b.MaxY)
}

func IoU[T Number](a, b BBox[T]) float64 {
	in, ok := a.Intersect(b)
	if !ok {
		return 0
	}
	ia := float64(in.Area())
	return ia / (float64(a.Area()) + float64(b.Area()) - ia)
}

func UnionAll[T Number](boxes []BBox[T]) BBox[T] {
	u := boxes[0]
	for _, b := range boxes[1:] {
		u = u.Union(b)
	}
	return u
}

type Meters float64

func main() {
	ib, _ := FromPoints([2]int{3, 4}, [2]int{-2, 7}, [2]int{5, -1}, [2]int{0, 0})
	fmt.Printf("%T %v w=%d h=%d area=%d\n", ib, ib, ib.Width(), ib.Height(), ib.Area())
	fmt.Printf("%+v\n", ib)
	_, ok := FromPoints[int]()
	fmt.Println("empty ok:", ok)

	fb, _ := FromPoints([2]float64{0.5, 1.25}, [2]float64{2.75, -0.5})
	fmt.Printf("%T %v area=%.4f\n", fb, fb, fb.Area())

	mb, _ := FromPoints([2]Meters{10, 20}, [2]Meters{40, 35})
	fmt.Printf("%T %v area=%v expanded=%v\n", mb, mb, mb.Area(), mb.Expand(2.5))

	boxes := []BBox[int]{
		{0, 0, 10, 10},
		{5, 5, 15, 15},
		{20, 0, 25, 4},
		{2, 2, 4, 4},
		{-3, 8, 1, 12},
		{10, 10, 12, 12},
	}
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			a, b := boxes[i], boxes[j]
			if in, ok := a.Intersect(b); ok {
				fmt.Printf("box%d ∩ box%d = %-18v IoU=%.3f\n", i, j, in, IoU(a, b))
			}
		}
	}
	fmt.Println("union of all:", UnionAll(boxes))

	sorted := slices.Clone(boxes)
	slices.SortStableFunc(sorted, func(a, b BBox[int]) int { return a.Area() - b.Area() })
	for _, b := range sorted {
		fmt.Printf("  area %4d  %v\n", b.Area(), b)
	}

	probes := [][2]int{{0, 0}, {11, 11}, {22, 3}, {-4, 9}, {30, 30}}
	for _, p := range probes {
		var inside []int
		for i, b := range boxes {
			if b.Contains(p[0], p[1]) {
				inside = append(inside, i)
			}
		}
		fmt.Printf("point %v in boxes %v\n", p, inside)
	}
}
