package main

import (
	"fmt"
	"math"
)

type HSV struct{ H, S, V float64 }
type RGB struct{ R, G, B uint8 }

func (c RGB) String() string { return fmt.Sprintf("#%06x", uint32(c.R)<<16|uint32(c.G)<<8|uint32(c.B)) }

func (h HSV) ToRGB() RGB {
	c := h.V * h.S
	hp := math.Mod(h.H, 360) / 60
	x := c * (1 - math.Abs(math.Mod(hp, 2)-1))
	var r, g, b float64
	switch int(hp) {
	case 0:
		r, g, b = c, x, 0
	case 1:
		r, g, b = x, c, 0
	case 2:
		r, g, b = 0, c, x
	case 3:
		r, g, b = 0, x, c
	case 4:
		r, g, b = x, 0, c
	default:
		r, g, b = c, 0, x
	}
	m := h.V - c
	to8 := func(f float64) uint8 { return uint8(math.Round((f + m) * 255)) }
	return RGB{to8(r), to8(g), to8(b)}
}

func (c RGB) ToHSV() HSV {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	mx, mn := max(r, g, b), min(r, g, b)
	d := mx - mn
	var h float64
	switch {
	case d == 0:
		h = 0
	case mx == r:
		h = 60 * math.Mod((g-b)/d+6, 6)
	case mx == g:
		h = 60 * ((b-r)/d + 2)
	default:
		h = 60 * ((r-g)/d + 4)
	}
	s := 0.0
	if mx > 0 {
		s = d / mx
	}
	return HSV{h, s, mx}
}

type result struct {
	In   HSV
	Out  RGB
	Back HSV
}

// A three-stage pipeline: generate -> convert -> round trip. Each stage is a
// single goroutine, so values arrive in the order they were sent.
func generate(n int) <-chan HSV {
	ch := make(chan HSV)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- HSV{H: float64(i * 360 / n), S: 1 - float64(i%3)*0.25, V: 1 - float64(i%4)*0.2}
		}
	}()
	return ch
}

func convert(in <-chan HSV) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for h := range in {
			out <- result{In: h, Out: h.ToRGB()}
		}
	}()
	return out
}

func roundTrip(in <-chan result) <-chan result {
	out := make(chan result, 4)
	go func() {
		defer close(out)
		for r := range in {
			r.Back = r.Out.ToHSV()
			out <- r
		}
	}()
	return out
}

func main() {
	fmt.Println("  hue   sat   val ->   rgb    -> hue'  sat'  val'")
	maxErr := 0.0
	for r := range roundTrip(convert(generate(16))) {
		fmt.Printf("%5.1f %5.2f %5.2f -> %v -> %5.1f %5.3f %5.3f\n",
			r.In.H, r.In.S, r.In.V, r.Out, r.Back.H, r.Back.S, r.Back.V)
		maxErr = max(maxErr, math.Abs(r.In.H-r.Back.H))
	}
	fmt.Printf("max hue round-trip error: %.2f degrees (< 1: %t)\n", maxErr, maxErr < 1)
	fmt.Printf("gray %v -> %+v\n", RGB{128, 128, 128}, RGB{128, 128, 128}.ToHSV())
}
