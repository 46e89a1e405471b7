package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// clean rounds tiny real or imaginary parts to zero for display.
func clean(z complex128) complex128 {
	re, im := real(z), imag(z)
	if math.Abs(re) < 1e-12 {
		re = 0
	}
	if math.Abs(im) < 1e-12 {
		im = 0
	}
	return complex(re, im)
}

func quadratic(a, b, c float64) (complex128, complex128) {
	disc := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	r1 := (complex(-b, 0) + disc) / complex(2*a, 0)
	r2 := (complex(-b, 0) - disc) / complex(2*a, 0)
	return r1, r2
}

func rootsOfUnity(n int) []complex128 {
	roots := make([]complex128, n)
	for k := range n {
		roots[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/float64(n))
	}
	return roots
}

func main() {
	eqs := [][3]float64{{1, -3, 2}, {1, 2, 5}, {1, 0, 1}, {2, 4, 2}, {1, 1, 1}}
	for _, e := range eqs {
		r1, r2 := quadratic(e[0], e[1], e[2])
		kind := "real"
		if imag(r1) != 0 {
			kind = "complex"
		}
		fmt.Printf("%gx^2 + %gx + %g: %.3f, %.3f (%s)\n", e[0], e[1], e[2], clean(r1), clean(r2), kind)
	}

	z := complex(3, 4)
	fmt.Printf("z = %v, |z| = %g, arg = %.4f rad\n", z, cmplx.Abs(z), cmplx.Phase(z))
	fmt.Printf("conj = %v, z*conj = %v, 1/z = %.3f\n", cmplx.Conj(z), z*cmplx.Conj(z), 1/z)
	r, theta := cmplx.Polar(z)
	fmt.Printf("polar form: %.1f * e^(i %.4f)\n", r, theta)
	fmt.Printf("sqrt(z) = %.4f, exp(z) = %.4f\n", cmplx.Sqrt(z), cmplx.Exp(z))

	euler := cmplx.Exp(complex(0, math.Pi)) + 1
	fmt.Printf("e^(i pi) + 1 = %.3f\n", clean(euler))
	fmt.Printf("i^i = %.6f (a real number)\n", real(cmplx.Pow(1i, 1i)))

	fmt.Println("fifth roots of unity:")
	sum := complex(0, 0)
	for k, w := range rootsOfUnity(5) {
		sum += w
		fmt.Printf("  w%d = %.4f  w^5 = %.3f\n", k, clean(w), clean(cmplx.Pow(w, 5)))
	}
	fmt.Printf("sum of roots = %.3f\n", clean(sum))

	// AC circuit impedance: R + j(wL - 1/(wC))
	const R, L, C = 100.0, 0.2, 10e-6
	for _, f := range []float64{50, 112.54, 500} {
		w := 2 * math.Pi * f
		zc := complex(R, w*L-1/(w*C))
		fmt.Printf("f=%7.2f Hz  Z=%.2f ohm  |Z|=%8.2f  phase=%6.2f deg\n",
			f, zc, cmplx.Abs(zc), cmplx.Phase(zc)*180/math.Pi)
	}
	fmt.Printf("type of z: %T\n", z)
}
