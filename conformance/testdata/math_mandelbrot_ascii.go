package main

import (
	"fmt"
	"strings"
)

const palette = " .:-=+*#%@"

type Window struct {
	XMin, XMax, YMin, YMax float64
	Cols, Rows             int
}

// escape returns the iteration at which z escapes |z|>2, or maxIter if it never does.
func escape(c complex128, maxIter int) int {
	var z complex128
	for i := range maxIter {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return maxIter
}

func (w Window) Render(maxIter int) (string, int) {
	var sb strings.Builder
	inside := 0
	for r := range w.Rows {
		y := w.YMax - (w.YMax-w.YMin)*float64(r)/float64(w.Rows-1)
		for col := range w.Cols {
			x := w.XMin + (w.XMax-w.XMin)*float64(col)/float64(w.Cols-1)
			n := escape(complex(x, y), maxIter)
			if n == maxIter {
				inside++
				sb.WriteByte('@')
				continue
			}
			sb.WriteByte(palette[n*(len(palette)-1)/maxIter])
		}
		sb.WriteString("|\n")
	}
	return sb.String(), inside
}

func main() {
	full := Window{-2.2, 0.8, -1.2, 1.2, 64, 25}
	pic, inside := full.Render(40)
	fmt.Print(pic)
	total := full.Cols * full.Rows
	area := float64(inside) / float64(total) * (full.XMax - full.XMin) * (full.YMax - full.YMin)
	fmt.Printf("%d of %d points inside, estimated area %.3f\n", inside, total, area)

	zoom := Window{XMin: -0.8, XMax: -0.7, YMin: 0.05, YMax: 0.15, Cols: 40, Rows: 12}
	pic, inside = zoom.Render(100)
	fmt.Print(pic)
	fmt.Printf("zoom %+v: %d inside\n", zoom, inside)

	for _, c := range []complex128{0, -1, 1i, -2, 0.25, 0.26, -0.75 + 0.1i, 1 + 1i} {
		n := escape(c, 1000)
		status := "escapes"
		if n == 1000 {
			status = "bounded"
		}
		fmt.Printf("c=%-12v %s after %d\n", c, status, n)
	}
}
