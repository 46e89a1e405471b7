package main

import (
	"fmt"
	"strings"
)

// Averager is anything that consumes a value and reports a smoothed value.
type Averager interface {
	Add(x float64) float64
	Name() string
}

type SimpleMA struct {
	window []float64
	size   int
	sum    float64
}

func NewSimpleMA(size int) *SimpleMA { return &SimpleMA{size: size} }

func (m *SimpleMA) Add(x float64) float64 {
	m.window = append(m.window, x)
	m.sum += x
	if len(m.window) > m.size {
		m.sum -= m.window[0]
		m.window = m.window[1:]
	}
	return m.sum / float64(len(m.window))
}

func (m *SimpleMA) Name() string { return fmt.Sprintf("SMA(%d)", m.size) }

type ExpMA struct {
	alpha   float64
	value   float64
	started bool
}

func (e *ExpMA) Add(x float64) float64 {
	if !e.started {
		e.value, e.started = x, true
		return e.value
	}
	e.value = e.alpha*x + (1-e.alpha)*e.value
	return e.value
}

func (e *ExpMA) Name() string { return fmt.Sprintf("EMA(%.2f)", e.alpha) }

// cumulative returns a closure that tracks a running mean.
func cumulative() func(float64) float64 {
	n, total := 0, 0.0
	return func(x float64) float64 {
		n++
		total += x
		return total / float64(n)
	}
}

func main() {
	sales := []float64{12, 15, 14, 20, 18, 25, 30, 28, 22, 26, 35, 40, 38, 33, 45}
	avgs := []Averager{NewSimpleMA(3), NewSimpleMA(5), &ExpMA{alpha: 0.3}}
	cma := cumulative()

	var header strings.Builder
	header.WriteString(fmt.Sprintf("%-4s %6s", "day", "sales"))
	for _, a := range avgs {
		header.WriteString(fmt.Sprintf(" %10s", a.Name()))
	}
	header.WriteString(fmt.Sprintf(" %10s", "CMA"))
	fmt.Println(header.String())
	fmt.Println(strings.Repeat("-", header.Len()))

	for i, s := range sales {
		line := fmt.Sprintf("%-4d %6.1f", i+1, s)
		for _, a := range avgs {
			line += fmt.Sprintf(" %10.2f", a.Add(s))
		}
		line += fmt.Sprintf(" %10.2f", cma(s))
		fmt.Println(line)
	}
	for _, a := range avgs {
		fmt.Printf("%T -> %s\n", a, a.Name())
	}
}
