package main

import (
	"fmt"
	"math"
	"slices"
)

type Reading struct {
	Sensor string
	Value  float64
}

type Detector interface {
	Name() string
	IsOutlier(x float64) bool
}

type base struct {
	center, spread, k float64
}

func (b base) score(x float64) float64 { return math.Abs(x-b.center) / b.spread }

func (b base) IsOutlier(x float64) bool { return b.score(x) > b.k }

type ZDetector struct{ base }

func (ZDetector) Name() string { return "z-score" }

type MADDetector struct{ base }

func (MADDetector) Name() string { return "MAD" }

func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[n/2]
}

func NewZ(xs []float64, k float64) ZDetector {
	m := 0.0
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return ZDetector{base{m, math.Sqrt(v / float64(len(xs)-1)), k}}
}

func NewMAD(xs []float64, k float64) MADDetector {
	med := median(xs)
	dev := make([]float64, len(xs))
	for i, x := range xs {
		dev[i] = math.Abs(x - med)
	}
	return MADDetector{base{med, 1.4826 * median(dev), k}}
}

func main() {
	readings := []Reading{
		{"t1", 20.1}, {"t2", 20.4}, {"t3", 19.8}, {"t4", 20.0}, {"t5", 35.7},
		{"t6", 20.3}, {"t7", 19.9}, {"t8", 20.2}, {"t9", 5.2}, {"t10", 20.6},
		{"t11", 20.0}, {"t12", 21.9},
	}
	vals := make([]float64, len(readings))
	for i, r := range readings {
		vals[i] = r.Value
	}
	z := NewZ(vals, 2.0)
	mad := NewMAD(vals, 3.0)
	dets := []Detector{z, mad}
	fmt.Printf("z:   center=%.3f spread=%.3f\n", z.center, z.spread)
	fmt.Printf("MAD: center=%.3f spread=%.3f\n", mad.center, mad.spread)
	fmt.Printf("%-5s %6s %8s %8s  %-8s %-8s\n", "id", "value", "z", "robust", dets[0].Name(), dets[1].Name())
	flagged := map[string][]string{}
	for _, r := range readings {
		fmt.Printf("%-5s %6.1f %8.2f %8.2f", r.Sensor, r.Value, z.score(r.Value), mad.score(r.Value))
		for _, d := range dets {
			mark := "."
			if d.IsOutlier(r.Value) {
				mark = "OUT"
				flagged[d.Name()] = append(flagged[d.Name()], r.Sensor)
			}
			fmt.Printf("  %-8s", mark)
		}
		fmt.Println()
	}
	for _, d := range dets {
		fmt.Printf("%-8s flagged %v (%T)\n", d.Name(), flagged[d.Name()], d)
	}
}
