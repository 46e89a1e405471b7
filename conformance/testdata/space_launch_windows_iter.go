package main

import (
	"fmt"
	"iter"
	"time"
)

// Window is a launch opportunity measured from a reference epoch.
type Window struct {
	Open  time.Duration
	Close time.Duration
}

func (w Window) Length() time.Duration { return w.Close - w.Open }

func (w Window) String() string {
	return fmt.Sprintf("T+%v .. T+%v (%v)", w.Open, w.Close, w.Length())
}

// Windows yields launch windows that repeat every period, each lasting width,
// starting at first, until the horizon is reached.
func Windows(first, period, width, horizon time.Duration) iter.Seq[Window] {
	return func(yield func(Window) bool) {
		for t := first; t < horizon; t += period {
			if !yield(Window{Open: t, Close: t + width}) {
				return
			}
		}
	}
}

// Filter keeps only windows that satisfy keep.
func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Enumerate pairs each element with a 1-based index.
func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 1
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	// A planar window to the station opens roughly every 92m 49s.
	period := 92*time.Minute + 49*time.Second
	all := Windows(17*time.Minute, period, 4*time.Minute+30*time.Second, 12*time.Hour)

	fmt.Println("All windows in 12h:")
	for i, w := range Enumerate(all) {
		fmt.Printf("  #%-2d %v\n", i, w)
	}

	// Range safety allows launches only between 4h and 9h after epoch.
	allowed := Filter(all, func(w Window) bool {
		return w.Open >= 4*time.Hour && w.Close <= 9*time.Hour
	})
	fmt.Println("Range-safe windows:")
	count := 0
	for w := range allowed {
		count++
		fmt.Printf("  open=%s rounded=%s\n", w.Open, w.Open.Round(time.Minute))
	}
	fmt.Println("usable:", count)

	// Stop early: take the first window longer than the slip budget.
	slip := 3 * time.Minute
	for w := range all {
		if w.Length() > slip {
			fmt.Printf("first window beats %v slip budget: %v\n", slip, w)
			break
		}
	}
}
