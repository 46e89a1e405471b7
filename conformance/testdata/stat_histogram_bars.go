package main

import (
	"fmt"
	"math"
	"strings"
)

type Bin struct {
	Lo, Hi float64
	Count  int
}

func (b Bin) String() string {
	return fmt.Sprintf("[%5.1f, %5.1f)", b.Lo, b.Hi)
}

type Histogram struct {
	Bins  []Bin
	Total int
}

func NewHistogram(lo, hi float64, n int) *Histogram {
	h := &Histogram{}
	width := (hi - lo) / float64(n)
	for i := range n {
		h.Bins = append(h.Bins, Bin{Lo: lo + float64(i)*width, Hi: lo + float64(i+1)*width})
	}
	return h
}

func (h *Histogram) Add(x float64) {
	for i := range h.Bins {
		b := &h.Bins[i]
		last := i == len(h.Bins)-1
		if x >= b.Lo && (x < b.Hi || (last && x == b.Hi)) {
			b.Count++
			h.Total++
			return
		}
	}
}

func (h *Histogram) Render(maxWidth int) string {
	most := 0
	for _, b := range h.Bins {
		most = max(most, b.Count)
	}
	var sb strings.Builder
	for _, b := range h.Bins {
		bar := 0
		if most > 0 {
			bar = int(math.Round(float64(b.Count) / float64(most) * float64(maxWidth)))
		}
		pct := 100 * float64(b.Count) / float64(h.Total)
		fmt.Fprintf(&sb, "%v %-*s %3d (%4.1f%%)\n", b, maxWidth, strings.Repeat("#", bar), b.Count, pct)
	}
	return sb.String()
}

func main() {
	exam := []float64{
		55, 62, 71, 68, 90, 84, 77, 73, 65, 88,
		92, 45, 58, 79, 81, 74, 69, 99, 100, 63,
		70, 72, 76, 85, 67, 54, 83, 78, 61, 95,
	}
	h := NewHistogram(40, 100, 6)
	for _, x := range exam {
		h.Add(x)
	}
	fmt.Println("Exam score histogram:")
	fmt.Print(h.Render(30))
	fmt.Println("total:", h.Total)

	// a second histogram of squared values of a simple sequence
	h2 := NewHistogram(0, 100, 5)
	for i := range 11 {
		h2.Add(float64(i * i))
	}
	fmt.Println()
	fmt.Println("Squares 0..10:")
	fmt.Print(h2.Render(20))
	fmt.Printf("bins type: %T, first bin: %+v\n", h2.Bins, h2.Bins[0])
}
