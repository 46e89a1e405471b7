package main

import (
	"fmt"
	"slices"
	"strings"
)

// policy picks the frame index to evict, given the resident pages.
type policy interface {
	Name() string
	Victim(frames []int, t int) int
	Touch(frame, t int, fault bool)
}

type fifo struct{ next, n int }

func (f *fifo) Name() string              { return "FIFO" }
func (f *fifo) Victim(_ []int, _ int) int { v := f.next; f.next = (f.next + 1) % f.n; return v }
func (f *fifo) Touch(int, int, bool)      {}

type lru struct{ last []int }

func (l *lru) Name() string { return "LRU" }
func (l *lru) Victim(_ []int, _ int) int {
	return slices.Index(l.last, slices.Min(l.last))
}
func (l *lru) Touch(frame, t int, _ bool) { l.last[frame] = t }

type clock struct {
	ref  []bool
	hand int
}

func (c *clock) Name() string { return "CLOCK" }
func (c *clock) Victim(_ []int, _ int) int {
	for c.ref[c.hand] {
		c.ref[c.hand] = false
		c.hand = (c.hand + 1) % len(c.ref)
	}
	v := c.hand
	c.hand = (c.hand + 1) % len(c.ref)
	return v
}
func (c *clock) Touch(frame, _ int, _ bool) { c.ref[frame] = true }

type optimal struct{ refs []int }

func (o *optimal) Name() string { return "OPT" }
func (o *optimal) Victim(frames []int, t int) int {
	best, bestDist := 0, -1
	for i, p := range frames {
		d := slices.Index(o.refs[t+1:], p)
		if d < 0 {
			return i
		}
		if d > bestDist {
			best, bestDist = i, d
		}
	}
	return best
}
func (o *optimal) Touch(int, int, bool) {}

// simulate runs refs through n frames; it returns the fault count and a
// per-reference snapshot of the frames ("*" marks a fault).
func simulate(p policy, refs []int, n int) (int, []string) {
	frames := make([]int, 0, n)
	faults := 0
	var trace []string
	for t, page := range refs {
		idx := slices.Index(frames, page)
		fault := idx < 0
		if fault {
			faults++
			if len(frames) < n {
				frames = append(frames, page)
				idx = len(frames) - 1
			} else {
				idx = p.Victim(frames, t)
				frames[idx] = page
			}
		}
		p.Touch(idx, t, fault)
		cells := make([]string, n)
		for i := range n {
			cells[i] = "."
			if i < len(frames) {
				cells[i] = fmt.Sprint(frames[i])
			}
		}
		mark := " "
		if fault {
			mark = "*"
		}
		trace = append(trace, strings.Join(cells, " ")+mark)
	}
	return faults, trace
}

func policies(refs []int, n int) []policy {
	return []policy{&fifo{n: n}, &lru{last: make([]int, n)}, &clock{ref: make([]bool, n)}, &optimal{refs: refs}}
}

func main() {
	refs := []int{7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1}
	const frames = 3
	var traces [][]string
	header := "ref "
	totals := map[string]int{}
	ps := policies(refs, frames)
	for _, p := range ps {
		f, tr := simulate(p, refs, frames)
		totals[p.Name()] = f
		traces = append(traces, tr)
		header += fmt.Sprintf("| %-7s", p.Name())
	}
	fmt.Println(strings.TrimSpace(header))
	for t, r := range refs {
		row := fmt.Sprintf("%3d ", r)
		for _, tr := range traces {
			row += "| " + tr[t] + " "
		}
		fmt.Println(strings.TrimRight(row, " "))
	}
	for _, p := range ps {
		fmt.Printf("%-5s faults=%2d hit ratio=%.2f\n", p.Name(), totals[p.Name()],
			1-float64(totals[p.Name()])/float64(len(refs)))
	}

	fmt.Println("Belady's anomaly check (FIFO):")
	belady := []int{1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5}
	for n := 1; n <= 5; n++ {
		f, _ := simulate(&fifo{n: n}, belady, n)
		l, _ := simulate(&lru{last: make([]int, n)}, belady, n)
		fmt.Printf("  frames=%d fifo=%2d lru=%2d\n", n, f, l)
	}
}
