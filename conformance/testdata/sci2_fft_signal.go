package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// FFT computes the discrete Fourier transform using recursive radix-2 Cooley-Tukey.
func FFT(x []complex128) []complex128 {
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
	e, o := FFT(even), FFT(odd)
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		t := cmplx.Rect(1, -2*math.Pi*float64(k)/float64(n)) * o[k]
		out[k] = e[k] + t
		out[k+n/2] = e[k] - t
	}
	return out
}

func IFFT(x []complex128) []complex128 {
	n := len(x)
	conj := make([]complex128, n)
	for i, v := range x {
		conj[i] = cmplx.Conj(v)
	}
	y := FFT(conj)
	for i := range y {
		y[i] = cmplx.Conj(y[i]) / complex(float64(n), 0)
	}
	return y
}

func DFT(x []complex128) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	for k := range out {
		for j, v := range x {
			out[k] += v * cmplx.Exp(complex(0, -2*math.Pi*float64(k*j)/float64(n)))
		}
	}
	return out
}

func clean(v float64) float64 {
	if math.Abs(v) < 1e-9 {
		return 0
	}
	return v
}

func main() {
	const n = 16
	signal := make([]complex128, n)
	for i := range signal {
		t := float64(i) / n
		v := 1.0 + 2*math.Sin(2*math.Pi*2*t) + 0.5*math.Cos(2*math.Pi*5*t)
		signal[i] = complex(v, 0)
	}
	spec := FFT(signal)
	fmt.Println(" k   magnitude     phase")
	for k := 0; k <= n/2; k++ {
		mag := cmplx.Abs(spec[k]) / n
		if k != 0 && k != n/2 {
			mag *= 2
		}
		phase := 0.0
		if mag > 1e-9 {
			phase = cmplx.Phase(spec[k])
		}
		fmt.Printf("%2d %11.6f %9.4f\n", k, clean(mag), clean(phase))
	}

	d := DFT(signal)
	maxDiff := 0.0
	for i := range d {
		maxDiff = math.Max(maxDiff, cmplx.Abs(d[i]-spec[i]))
	}
	fmt.Printf("FFT vs DFT max difference < 1e-9: %v\n", maxDiff < 1e-9)

	back := IFFT(spec)
	maxErr := 0.0
	for i := range back {
		maxErr = math.Max(maxErr, cmplx.Abs(back[i]-signal[i]))
	}
	fmt.Printf("round trip error < 1e-12: %v\n", maxErr < 1e-12)

	// Parseval's theorem
	var eTime, eFreq float64
	for i := range signal {
		eTime += real(signal[i] * cmplx.Conj(signal[i]))
		eFreq += math.Pow(cmplx.Abs(spec[i]), 2)
	}
	fmt.Printf("energy time=%.6f freq/n=%.6f\n", eTime, eFreq/n)

	z := complex(3, 4)
	fmt.Printf("z=%v |z|=%.1f arg=%.4f sqrt=%.4f exp(i*pi)+1=%.3f\n",
		z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Sqrt(z), cmplx.Exp(complex(0, math.Pi))+1)
	one, zero := complex(1, 0), complex(0, 0)
	q := one / zero
	fmt.Println("sqrt(-1) =", cmplx.Sqrt(-1), " inf:", cmplx.IsInf(cmplx.Inf()), " 1/0:", q, cmplx.IsInf(q))
}
