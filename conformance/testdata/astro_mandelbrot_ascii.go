package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

const maxIter = 60

// escape returns how many iterations z -> z^2 + c takes to leave |z| <= 2.
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

type View struct {
	Center        complex128
	Width, Height float64
	Cols, Rows    int
}

func (v View) Render() []string {
	palette := " .:-=+*%#"
	var lines []string
	for row := range v.Rows {
		var sb strings.Builder
		for col := range v.Cols {
			x := real(v.Center) + (float64(col)/float64(v.Cols-1)-0.5)*v.Width
			y := imag(v.Center) + (0.5-float64(row)/float64(v.Rows-1))*v.Height
			n := escape(complex(x, y))
			if n == maxIter {
				sb.WriteByte('@')
			} else {
				sb.WriteByte(palette[n*len(palette)/maxIter])
			}
		}
		lines = append(lines, strings.TrimRight(sb.String(), " "))
	}
	return lines
}

func main() {
	v := View{Center: complex(-0.6, 0), Width: 3.0, Height: 2.4, Cols: 64, Rows: 23}
	for _, line := range v.Render() {
		fmt.Println(line)
	}

	inside := 0
	const n = 200
	for i := range n {
		for j := range n {
			c := complex(-2+2.5*float64(i)/n, -1.25+2.5*float64(j)/n)
			if escape(c) == maxIter {
				inside++
			}
		}
	}
	area := 2.5 * 2.5 * float64(inside) / (n * n)
	fmt.Printf("estimated area %.4f from %d of %d grid points\n", area, inside, n*n)

	for _, c := range []complex128{0, -1, 1i, 0.3 + 0.5i, -0.75 + 0.1i} {
		fmt.Printf("c=%-12s |c|=%.3f escape=%d\n", fmt.Sprint(c), cmplx.Abs(c), escape(c))
	}
}
