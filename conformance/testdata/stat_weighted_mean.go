package main

import (
	"errors"
	"fmt"
	"math"
)

type Weighted struct {
	Label  string
	Value  float64
	Weight float64
}

var (
	ErrNoWeight   = errors.New("weights sum to zero")
	ErrNegWeight  = errors.New("negative weight")
	ErrLenMismach = errors.New("length mismatch")
)

func WeightedMean(items []Weighted) (float64, error) {
	var num, den float64
	for _, it := range items {
		if it.Weight < 0 {
			return 0, fmt.Errorf("item %q: %w", it.Label, ErrNegWeight)
		}
		num += it.Value * it.Weight
		den += it.Weight
	}
	if den == 0 {
		return 0, ErrNoWeight
	}
	return num / den, nil
}

func WeightedStd(items []Weighted) (float64, error) {
	m, err := WeightedMean(items)
	if err != nil {
		return 0, fmt.Errorf("weighted std: %w", err)
	}
	var num, den float64
	for _, it := range items {
		num += it.Weight * (it.Value - m) * (it.Value - m)
		den += it.Weight
	}
	return math.Sqrt(num / den), nil
}

func zip(labels []string, vals, ws []float64) ([]Weighted, error) {
	if len(vals) != len(ws) || len(labels) != len(vals) {
		return nil, fmt.Errorf("zip %d/%d/%d: %w", len(labels), len(vals), len(ws), ErrLenMismach)
	}
	out := make([]Weighted, len(vals))
	for i := range vals {
		out[i] = Weighted{labels[i], vals[i], ws[i]}
	}
	return out, nil
}

func main() {
	courses := []string{"Math", "Physics", "History", "Art", "Lab"}
	grades := []float64{3.7, 3.3, 4.0, 3.0, 2.7}
	credits := []float64{4, 4, 3, 2, 1}
	items, err := zip(courses, grades, credits)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range items {
		fmt.Printf("%-8s grade %.1f  credits %.0f\n", it.Label, it.Value, it.Weight)
	}
	gpa, _ := WeightedMean(items)
	sd, _ := WeightedStd(items)
	plain := 0.0
	for _, g := range grades {
		plain += g
	}
	fmt.Printf("weighted GPA: %.3f (sd %.3f)\n", gpa, sd)
	fmt.Printf("plain mean:   %.3f\n", plain/float64(len(grades)))

	// what-if: change Lab credits repeatedly
	for _, w := range []float64{0, 1, 3, 6, 10} {
		items[4].Weight = w
		g, _ := WeightedMean(items)
		fmt.Printf("lab credits=%-4.0f -> GPA %.3f\n", w, g)
	}

	bad := []Weighted{{"a", 1, 0}, {"b", 2, 0}}
	if _, err := WeightedMean(bad); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrNoWeight))
	}
	bad[1].Weight = -1
	if _, err := WeightedStd(bad); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrNegWeight))
	}
	if _, err := zip(courses, grades[:2], credits); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", items[0])
}
