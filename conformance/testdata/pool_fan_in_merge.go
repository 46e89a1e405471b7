package main

import (
	"fmt"
	"slices"
	"sync"
)

type Reading struct {
	Sensor string
	Seq    int
	Value  int
}

func (r Reading) String() string {
	return fmt.Sprintf("%s[%d]=%d", r.Sensor, r.Seq, r.Value)
}

// sensor produces a deterministic series of readings.
func sensor(name string, seed, n int) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		v := seed
		for i := range n {
			v = (v*31 + 7) % 100
			out <- Reading{Sensor: name, Seq: i, Value: v}
		}
	}()
	return out
}

// merge fans several channels into one.
func merge[T any](inputs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
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
	merged := merge(
		sensor("temp", 3, 4),
		sensor("humid", 11, 4),
		sensor("press", 42, 4),
	)

	var all []Reading
	for r := range merged {
		all = append(all, r)
	}

	slices.SortFunc(all, func(a, b Reading) int {
		if a.Sensor != b.Sensor {
			if a.Sensor < b.Sensor {
				return -1
			}
			return 1
		}
		return a.Seq - b.Seq
	})

	fmt.Printf("received %d readings\n", len(all))
	maxBySensor := map[string]int{}
	for _, r := range all {
		fmt.Println(r)
		if r.Value > maxBySensor[r.Sensor] {
			maxBySensor[r.Sensor] = r.Value
		}
	}

	keys := make([]string, 0, len(maxBySensor))
	for k := range maxBySensor {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("max %-5s = %d\n", k, maxBySensor[k])
	}
}
