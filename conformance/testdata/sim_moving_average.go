package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

// SMA is a simple moving average over a fixed window, using a ring buffer.
type SMA[T Number] struct {
	window []T
	pos    int
	full   bool
	sum    T
}

func NewSMA[T Number](n int) *SMA[T] { return &SMA[T]{window: make([]T, n)} }

func (s *SMA[T]) Add(v T) (float64, bool) {
	s.sum += v - s.window[s.pos]
	s.window[s.pos] = v
	s.pos = (s.pos + 1) % len(s.window)
	if s.pos == 0 {
		s.full = true
	}
	return float64(s.sum) / float64(len(s.window)), s.full
}

type EMA struct {
	alpha, value float64
	started      bool
}

func (e *EMA) Add(v float64) float64 {
	if !e.started {
		e.value, e.started = v, true
	} else {
		e.value = e.alpha*v + (1-e.alpha)*e.value
	}
	return e.value
}

type Cents int64

func main() {
	prices := []float64{10.0, 10.5, 11.2, 10.8, 11.5, 12.1, 12.0, 11.4, 10.9, 11.8, 12.6, 13.0}
	short, long := NewSMA[float64](3), NewSMA[float64](5)
	ema := &EMA{alpha: 0.4}
	prevSignal := ""
	fmt.Printf("%-4s %7s %7s %7s %7s  %s\n", "day", "price", "sma3", "sma5", "ema", "signal")
	for day, p := range prices {
		s3, ok3 := short.Add(p)
		s5, ok5 := long.Add(p)
		e := ema.Add(p)
		cols := []string{fmt.Sprintf("%7.2f", p), "      -", "      -", fmt.Sprintf("%7.3f", e)}
		if ok3 {
			cols[1] = fmt.Sprintf("%7.3f", s3)
		}
		signal := ""
		if ok5 {
			cols[2] = fmt.Sprintf("%7.3f", s5)
			signal = "hold"
			if s3 > s5 {
				signal = "bull"
			} else if s3 < s5 {
				signal = "bear"
			}
			if prevSignal != "" && signal != prevSignal {
				signal += " (crossover)"
			}
			prevSignal, _, _ = strings.Cut(signal, " ")
		}
		fmt.Printf("%-4d %s  %s\n", day+1, strings.Join(cols, " "), signal)
	}

	volumes := NewSMA[Cents](4)
	var last float64
	for _, v := range []Cents{120, 80, 100, 140, 200, 60} {
		last, _ = volumes.Add(v)
	}
	fmt.Printf("volume sma4 = %.2f (%T)\n", last, volumes)
}
