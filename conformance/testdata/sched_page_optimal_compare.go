package main

import (
	"fmt"
	"slices"
)

// Replacer is a page replacement policy operating over a known reference string.
type Replacer interface {
	Name() string
	// Victim chooses the frame index to evict at position pos.
	Victim(frames []int, refs []int, pos int, loaded map[int]int, lastUse map[int]int) int
}

type Optimal struct{}

func (Optimal) Name() string { return "OPT" }

func (Optimal) Victim(frames, refs []int, pos int, _, _ map[int]int) int {
	best, bestDist := 0, -1
	for i, f := range frames {
		next := slices.Index(refs[pos+1:], f)
		if next == -1 {
			return i // never used again: perfect victim
		}
		if next > bestDist {
			best, bestDist = i, next
		}
	}
	return best
}

type FIFO struct{}

func (FIFO) Name() string { return "FIFO" }

func (FIFO) Victim(frames, _ []int, _ int, loaded, _ map[int]int) int {
	return oldest(frames, loaded)
}

type LRU struct{}

func (LRU) Name() string { return "LRU" }

func (LRU) Victim(frames, _ []int, _ int, _, lastUse map[int]int) int {
	return oldest(frames, lastUse)
}

func oldest(frames []int, stamp map[int]int) int {
	idx := 0
	for i, f := range frames {
		if stamp[f] < stamp[frames[idx]] {
			idx = i
		}
	}
	return idx
}

func simulate(r Replacer, refs []int, nframes int) (faults int, evictions []int) {
	var frames []int
	loaded := map[int]int{}
	lastUse := map[int]int{}
	for pos, p := range refs {
		lastUse[p] = pos
		if slices.Contains(frames, p) {
			continue
		}
		faults++
		if len(frames) < nframes {
			frames = append(frames, p)
		} else {
			v := r.Victim(frames, refs, pos, loaded, lastUse)
			evictions = append(evictions, frames[v])
			delete(loaded, frames[v])
			frames[v] = p
		}
		loaded[p] = pos
	}
	return faults, evictions
}

func main() {
	refs := []int{7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1}
	policies := []Replacer{Optimal{}, LRU{}, FIFO{}}

	fmt.Println("reference string:", refs)
	fmt.Printf("%-6s", "frames")
	for _, p := range policies {
		fmt.Printf("%6s", p.Name())
	}
	fmt.Println()
	for n := 2; n <= 5; n++ {
		fmt.Printf("%-6d", n)
		for _, p := range policies {
			f, _ := simulate(p, refs, n)
			fmt.Printf("%6d", f)
		}
		fmt.Println()
	}

	fmt.Println("eviction sequences with 3 frames:")
	for _, p := range policies {
		f, ev := simulate(p, refs, 3)
		fmt.Printf("  %-5s faults=%2d evicted=%v\n", p.Name(), f, ev)
	}
}
