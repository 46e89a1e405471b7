package main

import (
	"fmt"
	"math"
	"strings"
)

// bayer builds a 2^n x 2^n Bayer threshold matrix recursively.
func bayer(n int) [][]int {
	if n == 0 {
		return [][]int{{0}}
	}
	prev := bayer(n - 1)
	size := len(prev)
	m := make([][]int, 2*size)
	for i := range m {
		m[i] = make([]int, 2*size)
	}
	offsets := [2][2]int{{0, 2}, {3, 1}}
	for y := range size {
		for x := range size {
			for qy := range 2 {
				for qx := range 2 {
					m[qy*size+y][qx*size+x] = 4*prev[y][x] + offsets[qy][qx]
				}
			}
		}
	}
	return m
}

type Shader func(x, y int) float64

func render(w, h int, shade Shader, dither func(x, y int, v float64) bool) (string, int) {
	var sb strings.Builder
	on := 0
	for y := range h {
		for x := range w {
			if dither(x, y, shade(x, y)) {
				sb.WriteByte('#')
				on++
			} else {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString("|\n")
	}
	return sb.String(), on
}

func main() {
	m := bayer(2)
	fmt.Println("4x4 Bayer matrix:")
	for _, row := range m {
		fmt.Printf("  %2d\n", row)
	}
	const w, h = 48, 8
	ordered := func(x, y int, v float64) bool {
		t := (float64(m[y%4][x%4]) + 0.5) / 16
		return v > t
	}

	gradient := func(x, y int) float64 { return float64(x) / (w - 1) }
	out, on := render(w, h, gradient, ordered)
	fmt.Printf("horizontal gradient, ordered dither (%d of %d on):\n%s", on, w*h, out)

	radial := func(x, y int) float64 {
		dx, dy := float64(x-w/2)/2, float64(y-h/2)
		return max(0, 1-math.Hypot(dx, dy)/9)
	}
	out, on = render(w, h, radial, ordered)
	fmt.Printf("radial light, ordered dither (%d on):\n%s", on, out)

	// Floyd-Steinberg error diffusion for comparison, using a closure over an error buffer.
	errs := make([][]float64, h+1)
	for i := range errs {
		errs[i] = make([]float64, w+2)
	}
	fs := func(x, y int, v float64) bool {
		v += errs[y][x+1]
		q := 0.0
		if v > 0.5 {
			q = 1
		}
		e := v - q
		errs[y][x+2] += e * 7 / 16
		errs[y+1][x] += e * 3 / 16
		errs[y+1][x+1] += e * 5 / 16
		errs[y+1][x+2] += e * 1 / 16
		return q == 1
	}
	out, on = render(w, h, gradient, fs)
	fmt.Printf("horizontal gradient, Floyd-Steinberg (%d on):\n%s", on, out)
}
