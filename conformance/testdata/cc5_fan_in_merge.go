// Exercise 20: fan-out to sensor readers, fan-in to one channel, sorted report.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Reading struct {
	Sensor string
	Tick   int
	Value  int
}

func sensor(name string, ticks, base, step int) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		v := base
		for t := range ticks {
			out <- Reading{name, t, v}
			v += step
			if v > 100 {
				v -= 37
			}
		}
	}()
	return out
}

// Merge fans several channels into one; the output closes after all inputs close.
func Merge[T any](inputs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	names := []string{"boiler", "intake", "exhaust"}
	merged := Merge(
		sensor(names[0], 5, 60, 9),
		sensor(names[1], 4, 20, 3),
		sensor(names[2], 6, 80, 11),
	)
	var all []Reading
	for r := range merged {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Reading) int {
		if a.Tick != b.Tick {
			return a.Tick - b.Tick
		}
		return slices.Index(names, a.Sensor) - slices.Index(names, b.Sensor)
	})
	fmt.Printf("merged %d readings\n", len(all))
	for _, r := range all {
		fmt.Printf("tick %d %-8s %3d\n", r.Tick, r.Sensor, r.Value)
	}
	for _, n := range names {
		sum, cnt, peak := 0, 0, 0
		for _, r := range all {
			if r.Sensor == n {
				sum += r.Value
				cnt++
				peak = max(peak, r.Value)
			}
		}
		fmt.Printf("%-8s count=%d avg=%.1f peak=%d\n", n, cnt, float64(sum)/float64(cnt), peak)
	}
	empty := Merge[int]()
	_, ok := <-empty
	fmt.Printf("merge of zero channels is closed immediately: %v\n", !ok)
}
