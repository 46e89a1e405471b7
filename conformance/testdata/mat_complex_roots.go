package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// quadratic solves ax^2 + bx + c = 0 over the complex numbers.
func quadratic(a, b, c float64) (complex128, complex128) {
	disc := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	twoA := complex(2*a, 0)
	return (complex(-b, 0) + disc) / twoA, (complex(-b, 0) - disc) / twoA
}

// rootsOfUnity returns the n complex n-th roots of 1.
func rootsOfUnity(n int) []complex128 {
	roots := make([]complex128, n)
	for k := range roots {
		roots[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/float64(n))
	}
	return roots
}

// clean rounds tiny floating point noise for printing.
func clean(z complex128) complex128 {
	r, i := real(z), imag(z)
	if math.Abs(r) < 1e-12 {
		r = 0
	}
	if math.Abs(i) < 1e-12 {
		i = 0
	}
	return complex(r, i)
}

func mandelbrotIter(c complex128, limit int) int {
	z := complex128(0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return limit
}

func main() {
	z := complex(3, 4)
	w := 1 - 2i
	fmt.Println("z =", z, " w =", w)
	fmt.Println("z + w =", z+w, " z * w =", z*w, " z / w =", z/w)
	fmt.Println("|z| =", cmplx.Abs(z), " conj(z) =", cmplx.Conj(z))
	fmt.Printf("phase(z) = %.6f rad\n", cmplx.Phase(z))
	r, theta := cmplx.Polar(z)
	fmt.Printf("polar: r=%.3f theta=%.3f -> back %.3f\n", r, theta, cmplx.Rect(r, theta))

	fmt.Printf("e^(i*pi) + 1 = %.3g\n", clean(cmplx.Exp(complex(0, math.Pi))+1))
	fmt.Printf("sqrt(-4) = %v, i^i = %.6f\n", cmplx.Sqrt(-4), real(cmplx.Pow(1i, 1i)))

	eqs := [][3]float64{{1, -3, 2}, {1, 2, 5}, {1, 0, 1}, {2, 4, 2}}
	for _, e := range eqs {
		r1, r2 := quadratic(e[0], e[1], e[2])
		fmt.Printf("%gx^2 + %gx + %g = 0 -> %.3f, %.3f\n", e[0], e[1], e[2], clean(r1), clean(r2))
	}

	for _, n := range []int{3, 4, 6} {
		fmt.Printf("roots of unity n=%d:", n)
		sum := complex128(0)
		for _, root := range rootsOfUnity(n) {
			fmt.Printf(" %.3f", clean(root))
			sum += root
		}
		fmt.Printf("  sum=%v\n", clean(sum))
	}

	fmt.Println("tiny Mandelbrot (y from 1 to -1):")
	for y := 1.0; y >= -1.0; y -= 0.25 {
		line := make([]byte, 0, 40)
		for x := -2.0; x <= 0.5; x += 0.0625 {
			if mandelbrotIter(complex(x, y), 50) == 50 {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		fmt.Println(string(line))
	}
	var f complex64 = complex64(z)
	fmt.Printf("complex64: %v real type %T\n", f, real(f))
}
