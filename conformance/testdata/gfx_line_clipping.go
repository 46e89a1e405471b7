package main

import (
	"fmt"
	"strings"
)

type Outcode uint8

const Inside Outcode = 0

const (
	Left Outcode = 1 << iota
	Right
	Bottom
	Top
)

func (o Outcode) String() string {
	if o == Inside {
		return "INSIDE"
	}
	var parts []string
	for _, f := range []struct {
		bit  Outcode
		name string
	}{{Left, "L"}, {Right, "R"}, {Bottom, "B"}, {Top, "T"}} {
		if o&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "|")
}

type Window struct{ XMin, YMin, XMax, YMax float64 }

func (w Window) Code(x, y float64) Outcode {
	var c Outcode
	switch {
	case x < w.XMin:
		c |= Left
	case x > w.XMax:
		c |= Right
	}
	switch {
	case y < w.YMin:
		c |= Top
	case y > w.YMax:
		c |= Bottom
	}
	return c
}

// Clip implements Cohen-Sutherland. It reports whether any part is visible.
func (w Window) Clip(x0, y0, x1, y1 float64) (float64, float64, float64, float64, bool) {
	c0, c1 := w.Code(x0, y0), w.Code(x1, y1)
	for {
		switch {
		case c0|c1 == 0:
			return x0, y0, x1, y1, true
		case c0&c1 != 0:
			return 0, 0, 0, 0, false
		}
		out := max(c0, c1)
		var x, y float64
		switch {
		case out&Bottom != 0:
			x, y = x0+(x1-x0)*(w.YMax-y0)/(y1-y0), w.YMax
		case out&Top != 0:
			x, y = x0+(x1-x0)*(w.YMin-y0)/(y1-y0), w.YMin
		case out&Right != 0:
			x, y = w.XMax, y0+(y1-y0)*(w.XMax-x0)/(x1-x0)
		default:
			x, y = w.XMin, y0+(y1-y0)*(w.XMin-x0)/(x1-x0)
		}
		if out == c0 {
			x0, y0, c0 = x, y, w.Code(x, y)
		} else {
			x1, y1, c1 = x, y, w.Code(x, y)
		}
	}
}

func main() {
	win := Window{10, 3, 40, 14}
	grid := make([][]byte, 18)
	for y := range grid {
		grid[y] = []byte(strings.Repeat(" ", 52))
		for x := range grid[y] {
			if win.Code(float64(x), float64(y)) == Inside {
				grid[y][x] = '.'
			}
		}
	}
	segs := [][4]float64{
		{0, 0, 50, 17}, {15, 5, 30, 10}, {0, 8, 50, 8}, {45, 1, 48, 16},
		{5, 16, 35, 0}, {2, 2, 8, 2}, {25, 0, 25, 17},
	}
	for i, s := range segs {
		c0, c1 := win.Code(s[0], s[1]), win.Code(s[2], s[3])
		x0, y0, x1, y1, ok := win.Clip(s[0], s[1], s[2], s[3])
		fmt.Printf("seg %d %v codes %04b/%04b (%v / %v) ", i, s, uint8(c0), uint8(c1), c0, c1)
		if !ok {
			fmt.Println("-> rejected")
			continue
		}
		fmt.Printf("-> (%.1f,%.1f)-(%.1f,%.1f)\n", x0, y0, x1, y1)
		n := int(max(x1-x0, x0-x1, y1-y0, y0-y1)) + 1
		for k := 0; k <= n; k++ {
			t := float64(k) / float64(n)
			grid[int(y0+(y1-y0)*t+0.5)][int(x0+(x1-x0)*t+0.5)] = byte('0' + i)
		}
	}
	for _, row := range grid {
		fmt.Println(strings.TrimRight(string(row), " "))
	}
}
