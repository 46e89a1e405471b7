// Sections 3.2-3.3 and Exercises 3.1-3.8: surface values and a Mandelbrot table.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

const (
	width, height = 600, 320
	cells         = 100
	xyrange       = 30.0
	xyscale       = width / 2 / xyrange
	zscale        = height * 0.4
	angle         = math.Pi / 6
)

var sin30, cos30 = math.Sin(angle), math.Cos(angle)

func f(x, y float64) float64 {
	r := math.Hypot(x, y)
	return math.Sin(r) / r
}

// corner returns the projected 2-D point for cell (i, j), and whether it is finite.
func corner(i, j int) (float64, float64, bool) {
	x := xyrange * (float64(i)/cells - 0.5)
	y := xyrange * (float64(j)/cells - 0.5)
	z := f(x, y)
	if math.IsNaN(z) || math.IsInf(z, 0) {
		return 0, 0, false
	}
	sx := width/2 + (x-y)*cos30*xyscale
	sy := height/2 + (x+y)*sin30*xyscale - z*zscale
	return sx, sy, true
}

func mandelbrot(z complex128) int {
	const iterations = 200
	var v complex128
	for n := range iterations {
		v = v*v + z
		if cmplx.Abs(v) > 2 {
			return n
		}
	}
	return iterations
}

func main() {
	for _, ij := range [][2]int{{0, 0}, {25, 75}, {50, 50}, {50, 51}, {99, 1}, {100, 100}} {
		sx, sy, ok := corner(ij[0], ij[1])
		fmt.Printf("corner(%3d,%3d) = (%.3f, %.3f) ok=%t\n", ij[0], ij[1], sx, sy, ok)
	}
	minZ, maxZ := math.Inf(1), math.Inf(-1)
	for i := 1; i <= cells; i++ {
		for j := 1; j <= cells; j++ {
			x := xyrange * (float64(i)/cells - 0.5)
			y := xyrange * (float64(j)/cells - 0.5)
			if z := f(x, y); !math.IsNaN(z) {
				minZ, maxZ = min(minZ, z), max(maxZ, z)
			}
		}
	}
	fmt.Printf("z range: [%.3f, %.3f]\n", minZ, maxZ)

	const xmin, ymin, xmax, ymax = -2.0, -1.2, +0.6, +1.2
	const cols, rows = 26, 12
	shades := " .:-=+*#%@"
	for py := range rows {
		y := float64(py)/rows*(ymax-ymin) + ymin
		var sb strings.Builder
		for px := range cols {
			x := float64(px)/cols*(xmax-xmin) + xmin
			n := mandelbrot(complex(x, y))
			sb.WriteByte(shades[min(n, len(shades)-1)])
		}
		fmt.Printf("|%s|\n", sb.String())
	}
	for _, z := range []complex128{0, -1, 1i, 0.25, 0.26, -2, 1 + 1i} {
		fmt.Printf("%v -> %d\n", z, mandelbrot(z))
	}
}
