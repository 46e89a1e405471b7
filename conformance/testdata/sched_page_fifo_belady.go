package main

import (
	"fmt"
	"strings"
)

// FIFOMemory keeps resident pages in a ring; the oldest page is evicted first.
type FIFOMemory struct {
	frames   []int
	resident map[int]bool
	hand     int
	faults   int
}

func NewFIFOMemory(n int) *FIFOMemory {
	f := make([]int, n)
	for i := range f {
		f[i] = -1
	}
	return &FIFOMemory{frames: f, resident: make(map[int]bool)}
}

// Access touches page p and reports whether a fault happened and
// which page (if any) was evicted.
func (m *FIFOMemory) Access(p int) (fault bool, victim int) {
	if m.resident[p] {
		return false, -1
	}
	m.faults++
	victim = m.frames[m.hand]
	if victim >= 0 {
		delete(m.resident, victim)
	}
	m.frames[m.hand] = p
	m.resident[p] = true
	m.hand = (m.hand + 1) % len(m.frames)
	return true, victim
}

func (m *FIFOMemory) String() string {
	parts := make([]string, len(m.frames))
	for i, f := range m.frames {
		if f < 0 {
			parts[i] = "-"
		} else {
			parts[i] = fmt.Sprint(f)
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	refs := []int{1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5}

	fmt.Println("FIFO page replacement, 3 frames")
	mem := NewFIFOMemory(3)
	for i, p := range refs {
		fault, victim := mem.Access(p)
		note := "hit"
		if fault {
			note = "FAULT"
			if victim >= 0 {
				note += fmt.Sprintf(" (evict %d)", victim)
			}
		}
		fmt.Printf("%2d: ref %d  %-9s %s\n", i+1, p, mem, note)
	}
	fmt.Printf("faults=%d hit ratio=%6.2f%%\n\n", mem.faults,
		100*float64(len(refs)-mem.faults)/float64(len(refs)))

	fmt.Println("Belady's anomaly check")
	prev := -1
	for frames := 1; frames <= 5; frames++ {
		m := NewFIFOMemory(frames)
		for _, p := range refs {
			m.Access(p)
		}
		flag := ""
		if prev >= 0 && m.faults > prev {
			flag = "  <-- more frames, more faults!"
		}
		fmt.Printf("frames=%d faults=%2d%s\n", frames, m.faults, flag)
		prev = m.faults
	}
}
