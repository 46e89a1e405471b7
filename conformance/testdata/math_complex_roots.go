package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// quadratic returns both roots of a*x^2 + b*x + c using complex arithmetic.
func quadratic(a, b, c float64) (complex128, complex128) {
	disc := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	twoA := complex(2*a, 0)
	return (complex(-b, 0) + disc) / twoA, (complex(-b, 0) - disc) / twoA
}

func rootsOfUnity(n int) []complex128 {
	roots := make([]complex128, n)
	for k := range n {
		roots[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/float64(n))
	}
	return roots
}

func fmtC(z complex128) string {
	re, im := real(z), imag(z)
	if math.Abs(re) < 5e-4 {
		re = 0
	}
	if math.Abs(im) < 5e-4 {
		im = 0
	}
	sign := "+"
	if im < 0 {
		sign = "-"
		im = -im
	}
	return fmt.Sprintf("%.3f %s %.3fi", re, sign, im)
}

func main() {
	z := complex(3, 4)
	fmt.Println("z =", z)
	fmt.Printf("|z| = %.3f, arg = %.3f rad\n", cmplx.Abs(z), cmplx.Phase(z))
	fmt.Println("conj =", cmplx.Conj(z))
	fmt.Println("z*z =", z*z)
	fmt.Printf("sqrt(z) = %.3f\n", cmplx.Sqrt(z))
	fmt.Printf("sqrt(-1) = %v\n", cmplx.Sqrt(-1))
	fmt.Printf("exp(i*pi) = %s\n", fmtC(cmplx.Exp(complex(0, math.Pi))))

	for _, q := range [][3]float64{{1, -3, 2}, {1, 2, 5}, {2, 0, 8}} {
		r1, r2 := quadratic(q[0], q[1], q[2])
		fmt.Printf("%vx^2 + %vx + %v: %s, %s\n", q[0], q[1], q[2], fmtC(r1), fmtC(r2))
	}

	for _, n := range []int{3, 4, 6} {
		fmt.Printf("roots of unity n=%d:\n", n)
		var sum complex128
		prod := complex(1, 0)
		for k, w := range rootsOfUnity(n) {
			fmt.Printf("  w%d = %s  (w^%d = %s)\n", k, fmtC(w), n, fmtC(cmplx.Pow(w, complex(float64(n), 0))))
			sum += w
			prod *= w
		}
		fmt.Printf("  sum = %s, product = %s\n", fmtC(sum), fmtC(prod))
	}

	r, theta := cmplx.Polar(complex(-1, 1))
	fmt.Printf("polar(-1+1i) = (%.3f, %.3f) degrees %.1f\n", r, theta, theta*180/math.Pi)
	fmt.Println("IsNaN:", cmplx.IsNaN(cmplx.NaN()), "IsInf:", cmplx.IsInf(cmplx.Inf()))
	var c64 complex64 = 1.5 + 2i
	fmt.Printf("%T %v %T\n", c64, c64*c64, real(c64))
}
