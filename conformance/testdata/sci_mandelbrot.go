package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

const maxIter = 60

// escape returns the number of iterations before |z| > 2, or maxIter if the
// point appears to belong to the Mandelbrot set.
func escape(c complex128) int {
	z := complex(0, 0)
	for i := range maxIter {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return maxIter
}

func shade(it int) byte {
	const ramp = " .:-=+*%@"
	if it == maxIter {
		return '#'
	}
	return ramp[it*len(ramp)/maxIter]
}

func main() {
	const width, height = 64, 24
	const xmin, xmax, ymin, ymax = -2.2, 0.8, -1.2, 1.2
	inside := 0
	var sb strings.Builder
	for row := range height {
		y := ymax - (ymax-ymin)*(float64(row)+0.5)/height
		line := make([]byte, width)
		for col := range width {
			x := xmin + (xmax-xmin)*(float64(col)+0.5)/width
			it := escape(complex(x, y))
			if it == maxIter {
				inside++
			}
			line[col] = shade(it)
		}
		sb.WriteString(strings.TrimRight(string(line), " "))
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())

	cellArea := (xmax - xmin) * (ymax - ymin) / (width * height)
	fmt.Printf("cells inside: %d of %d, area estimate %.4f (literature ~1.5066)\n",
		inside, width*height, float64(inside)*cellArea)

	points := []complex128{0, -1, 1i, -2, 0.25, 0.26, -0.75 + 0.1i, 0.3 + 0.5i, -1.75}
	for _, c := range points {
		it := escape(c)
		status := "in set"
		if it < maxIter {
			status = fmt.Sprintf("escapes after %d iterations", it+1)
		}
		fmt.Printf("c = %5.2f%+5.2fi  |c| = %.4f  %s\n", real(c), imag(c), cmplx.Abs(c), status)
	}

	// The main cardioid and period-2 bulb have closed-form tests.
	inCardioid := func(c complex128) bool {
		x, y := real(c), imag(c)
		q := (x-0.25)*(x-0.25) + y*y
		return q*(q+(x-0.25)) <= 0.25*y*y
	}
	inBulb := func(c complex128) bool {
		x, y := real(c), imag(c)
		return (x+1)*(x+1)+y*y <= 1.0/16
	}
	for _, c := range []complex128{-0.1 + 0.1i, -1.1 + 0.1i, 0.4} {
		fmt.Printf("%v: cardioid=%v bulb=%v\n", c, inCardioid(c), inBulb(c))
	}
}
