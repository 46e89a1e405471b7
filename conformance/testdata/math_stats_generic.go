package main

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

var ErrEmpty = errors.New("empty dataset")

type Celsius float64

func Mean[T Number](xs []T) (float64, error) {
	if len(xs) == 0 {
		return 0, ErrEmpty
	}
	var sum float64
	for _, x := range xs {
		sum += float64(x)
	}
	return sum / float64(len(xs)), nil
}

func Median[T Number](xs []T) (float64, error) {
	if len(xs) == 0 {
		return 0, ErrEmpty
	}
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2]), nil
	}
	return (float64(s[n/2-1]) + float64(s[n/2])) / 2, nil
}

// Mode returns all most frequent values in ascending order.
func Mode[T Number](xs []T) []T {
	counts, best := map[T]int{}, 0
	for _, x := range xs {
		counts[x]++
		best = max(best, counts[x])
	}
	var modes []T
	for v, c := range counts {
		if c == best {
			modes = append(modes, v)
		}
	}
	slices.SortFunc(modes, cmp.Compare[T])
	return modes
}

func StdDev[T Number](xs []T) (float64, error) {
	m, err := Mean(xs)
	if err != nil {
		return 0, fmt.Errorf("stddev: %w", err)
	}
	var ss float64
	for _, x := range xs {
		ss += (float64(x) - m) * (float64(x) - m)
	}
	return math.Sqrt(ss / float64(len(xs))), nil
}

func report[T Number](name string, xs []T) {
	mean, err := Mean(xs)
	if err != nil {
		fmt.Printf("%-8s error: %v\n", name, err)
		return
	}
	med, _ := Median(xs)
	sd, _ := StdDev(xs)
	lo, hi := slices.Min(xs), slices.Max(xs)
	fmt.Printf("%-8s n=%2d mean=%8.3f median=%7.2f sd=%7.3f min=%v max=%v mode=%v (%T)\n",
		name, len(xs), mean, med, sd, lo, hi, Mode(xs), lo)
}

func main() {
	scores := []int{72, 85, 90, 66, 85, 78, 92, 85, 70, 66, 88, 95}
	heights := []float64{1.62, 1.75, 1.80, 1.68, 1.75, 1.90, 1.55}
	temps := []Celsius{21.5, 19.0, 23.25, 19.0, 22.0, 23.25}
	var empty []int64

	report("scores", scores)
	report("heights", heights)
	report("temps", temps)
	report("lost", []int32{4, 8, 15, 16, 23, 42})
	report("empty", empty)

	if _, err := StdDev(empty); errors.Is(err, ErrEmpty) {
		fmt.Println("stddev of empty:", err)
	}
	fmt.Println("scores unchanged:", scores)
}
