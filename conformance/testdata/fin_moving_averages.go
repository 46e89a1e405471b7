package main

import (
	"fmt"
	"strings"
)

var closes = []float64{
	101.2, 102.5, 101.8, 103.1, 104.6, 104.0, 105.3, 106.8, 106.1, 105.0,
	103.7, 102.9, 101.5, 100.8, 101.9, 103.4, 104.9, 106.2, 107.5, 108.1,
	107.3, 106.0, 104.4, 103.2, 102.6,
}

// SMA returns the simple moving average; entries before the window fills are NaN-free zeros
// and a validity flag slice.
func SMA(xs []float64, n int) ([]float64, []bool) {
	out := make([]float64, len(xs))
	ok := make([]bool, len(xs))
	sum := 0.0
	for i, x := range xs {
		sum += x
		if i >= n {
			sum -= xs[i-n]
		}
		if i >= n-1 {
			out[i] = sum / float64(n)
			ok[i] = true
		}
	}
	return out, ok
}

// EMA seeded with the SMA of the first n values.
func EMA(xs []float64, n int) ([]float64, []bool) {
	out := make([]float64, len(xs))
	ok := make([]bool, len(xs))
	if len(xs) < n {
		return out, ok
	}
	alpha := 2.0 / float64(n+1)
	seed := 0.0
	for _, x := range xs[:n] {
		seed += x
	}
	out[n-1] = seed / float64(n)
	ok[n-1] = true
	for i := n; i < len(xs); i++ {
		out[i] = alpha*xs[i] + (1-alpha)*out[i-1]
		ok[i] = true
	}
	return out, ok
}

type Signal int

const (
	None Signal = iota
	GoldenCross
	DeathCross
)

func (s Signal) String() string {
	return [...]string{"", "GOLDEN CROSS (buy)", "DEATH CROSS (sell)"}[s]
}

func fmtVal(v float64, ok bool) string {
	if !ok {
		return "      -"
	}
	return fmt.Sprintf("%7.3f", v)
}

func main() {
	fast, fok := EMA(closes, 5)
	slow, sok := SMA(closes, 10)
	sma5, s5ok := SMA(closes, 5)

	fmt.Println("day   close   sma5    ema5   sma10  signal")
	fmt.Println(strings.Repeat("=", 46))
	prevDiff, havePrev := 0.0, false
	var signals []string
	for i, c := range closes {
		sig := None
		if fok[i] && sok[i] {
			d := fast[i] - slow[i]
			if havePrev {
				if prevDiff <= 0 && d > 0 {
					sig = GoldenCross
				} else if prevDiff >= 0 && d < 0 {
					sig = DeathCross
				}
			}
			prevDiff, havePrev = d, true
		}
		line := fmt.Sprintf("%3d %7.2f %s %s %s  %v", i+1, c,
			fmtVal(sma5[i], s5ok[i]), fmtVal(fast[i], fok[i]), fmtVal(slow[i], sok[i]), sig)
		fmt.Println(strings.TrimRight(line, " "))
		if sig != None {
			signals = append(signals, fmt.Sprintf("day %d: %v at %.2f", i+1, sig, c))
		}
	}
	fmt.Println(strings.Repeat("=", 46))
	fmt.Printf("%d signal(s)\n", len(signals))
	for _, s := range signals {
		fmt.Println(" *", s)
	}

	// simple backtest: long on golden cross, flat on death cross
	cash, shares := 10000.0, 0.0
	havePrev = false
	for i, c := range closes {
		if !(fok[i] && sok[i]) {
			continue
		}
		d := fast[i] - slow[i]
		if havePrev && prevDiff <= 0 && d > 0 && shares == 0 {
			shares = cash / c
			cash = 0
		} else if havePrev && prevDiff >= 0 && d < 0 && shares > 0 {
			cash = shares * c
			shares = 0
		}
		prevDiff, havePrev = d, true
	}
	final := cash + shares*closes[len(closes)-1]
	fmt.Printf("backtest final equity: %.2f (buy&hold: %.2f)\n", final, 10000*closes[len(closes)-1]/closes[0])
}
