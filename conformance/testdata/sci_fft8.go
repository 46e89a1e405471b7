package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// fft is a recursive radix-2 Cooley-Tukey transform; len(x) must be a power of two.
func fft(x []complex128) []complex128 {
	n := len(x)
	if n == 1 {
		return []complex128{x[0]}
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i] = x[2*i]
		odd[i] = x[2*i+1]
	}
	e, o := fft(even), fft(odd)
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		tw := cmplx.Exp(complex(0, -2*math.Pi*float64(k)/float64(n))) * o[k]
		out[k] = e[k] + tw
		out[k+n/2] = e[k] - tw
	}
	return out
}

func dft(x []complex128) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	for k := range n {
		var s complex128
		for j := range n {
			s += x[j] * cmplx.Rect(1, -2*math.Pi*float64(j*k)/float64(n))
		}
		out[k] = s
	}
	return out
}

func ifft(X []complex128) []complex128 {
	n := len(X)
	conj := make([]complex128, n)
	for i, v := range X {
		conj[i] = cmplx.Conj(v)
	}
	y := fft(conj)
	for i, v := range y {
		y[i] = cmplx.Conj(v) / complex(float64(n), 0)
	}
	return y
}

// clean rounds tiny components to zero so that output is readable.
func clean(z complex128) complex128 {
	re, im := real(z), imag(z)
	if math.Abs(re) < 1e-9 {
		re = 0
	}
	if math.Abs(im) < 1e-9 {
		im = 0
	}
	return complex(re, im)
}

func show(title string, xs []complex128) {
	fmt.Println(title)
	for k, z := range xs {
		z = clean(z)
		fmt.Printf("  [%d] %8.4f %+8.4fi   |X|=%7.4f  arg=%+7.4f\n", k, real(z), imag(z), cmplx.Abs(z), cmplx.Phase(z))
	}
}

func main() {
	const n = 8
	// Signal: DC offset 1, a cosine at bin 1 (amplitude 2) and a sine at bin 3.
	x := make([]complex128, n)
	for j := range n {
		t := float64(j) / n
		v := 1 + 2*math.Cos(2*math.Pi*t) + 0.5*math.Sin(2*math.Pi*3*t)
		x[j] = complex(v, 0)
	}
	fmt.Print("signal:")
	for _, v := range x {
		fmt.Printf(" %.4f", real(v))
	}
	fmt.Println()

	X := fft(x)
	show("FFT:", X)

	D := dft(x)
	maxDiff := 0.0
	for k := range X {
		maxDiff = math.Max(maxDiff, cmplx.Abs(X[k]-D[k]))
	}
	fmt.Printf("max |FFT - DFT| < 1e-12: %v\n", maxDiff < 1e-12)

	back := ifft(X)
	maxErr := 0.0
	for j := range back {
		maxErr = math.Max(maxErr, cmplx.Abs(back[j]-x[j]))
	}
	fmt.Printf("round trip error < 1e-12: %v\n", maxErr < 1e-12)

	// Parseval: sum |x|^2 = (1/N) sum |X|^2.
	var et, ef float64
	for j := range n {
		et += real(x[j]) * real(x[j])
		a := cmplx.Abs(X[j])
		ef += a * a
	}
	fmt.Printf("Parseval: time %.6f, freq %.6f\n", et, ef/n)

	// Impulse and unit step.
	imp := []complex128{1, 0, 0, 0, 0, 0, 0, 0}
	show("FFT of impulse:", fft(imp))
	fmt.Printf("8th roots of unity sum to %v\n", clean(func() complex128 {
		var s complex128
		for k := range n {
			s += cmplx.Exp(complex(0, 2*math.Pi*float64(k)/n))
		}
		return s
	}()))
}
