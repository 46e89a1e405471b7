package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	Submitted atomic.Int64
	Late      atomic.Int64
	Points    atomic.Int64
	MaxPoints atomic.Int64
}

func (s *Stats) RecordMax(p int64) {
	for {
		cur := s.MaxPoints.Load()
		if p <= cur || s.MaxPoints.CompareAndSwap(cur, p) {
			return
		}
	}
}

var (
	setupOnce sync.Once
	setups    atomic.Int32
)

func setupPortal() {
	setups.Add(1)
}

func main() {
	var stats Stats
	var wg sync.WaitGroup
	const classes = 8
	const perClass = 25

	for c := range classes {
		wg.Add(1)
		go func(class int) {
			defer wg.Done()
			setupOnce.Do(setupPortal)
			for s := range perClass {
				points := int64((class*perClass + s) % 41)
				stats.Submitted.Add(1)
				stats.Points.Add(points)
				stats.RecordMax(points)
				if (class+s)%7 == 0 {
					stats.Late.Add(1)
				}
			}
		}(c)
	}
	wg.Wait()

	fmt.Println("portal setups:", setups.Load())
	fmt.Println("submitted:", stats.Submitted.Load())
	fmt.Println("late:", stats.Late.Load())
	fmt.Println("total points:", stats.Points.Load())
	fmt.Println("max points:", stats.MaxPoints.Load())
	avg := float64(stats.Points.Load()) / float64(stats.Submitted.Load())
	fmt.Printf("average: %.3f\n", avg)

	var flag atomic.Bool
	fmt.Println("marking open:", flag.Load())
	old := flag.Swap(true)
	fmt.Println("was open:", old, "now open:", flag.Load())

	var current atomic.Value
	current.Store("Term 1")
	wg.Add(1)
	go func() {
		defer wg.Done()
		current.Store("Term 2")
	}()
	wg.Wait()
	fmt.Println("current term:", current.Load())

	var p atomic.Pointer[string]
	name := "Ms Reyes"
	fmt.Println("marker set:", p.Load() != nil)
	p.Store(&name)
	fmt.Println("marker:", *p.Load())
}
