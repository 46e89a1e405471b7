// Readers-writers simulation. A monitor tracks how many readers and
// writers are inside the critical section and records any violation.
package main

import (
	"fmt"
	"sync"
)

type Monitor struct {
	mu         sync.Mutex
	readersIn  int
	writersIn  int
	violations int
	reads      int
	writes     int
}

func (m *Monitor) enter(writer bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if writer {
		m.writersIn++
		m.writes++
		if m.writersIn > 1 || m.readersIn > 0 {
			m.violations++
		}
	} else {
		m.readersIn++
		m.reads++
		if m.writersIn > 0 {
			m.violations++
		}
	}
}

func (m *Monitor) leave(writer bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if writer {
		m.writersIn--
	} else {
		m.readersIn--
	}
}

type Library struct {
	rw    sync.RWMutex
	books map[string]int // title -> copies
	mon   Monitor
}

func (l *Library) Read(title string) int {
	l.rw.RLock()
	defer l.rw.RUnlock()
	l.mon.enter(false)
	defer l.mon.leave(false)
	return l.books[title]
}

func (l *Library) Write(title string, delta int) {
	l.rw.Lock()
	defer l.rw.Unlock()
	l.mon.enter(true)
	defer l.mon.leave(true)
	l.books[title] += delta
}

func main() {
	lib := &Library{books: map[string]int{"sicp": 3, "taocp": 1, "k&r": 5}}
	titles := []string{"sicp", "taocp", "k&r"}

	const readers = 8
	const writers = 3
	readTotals := make([]int, readers)
	var wg sync.WaitGroup

	for r := 0; r < readers; r++ {
		wg.Go(func() {
			for i := 0; i < 100; i++ {
				readTotals[r] += lib.Read(titles[(r+i)%len(titles)])
			}
		})
	}
	for w := 0; w < writers; w++ {
		wg.Go(func() {
			for i := 0; i < 30; i++ {
				t := titles[(w+i)%len(titles)]
				lib.Write(t, 2)
				lib.Write(t, -1)
			}
		})
	}
	wg.Wait()

	fmt.Println("readers:", readers, "writers:", writers)
	fmt.Println("reads performed:", lib.mon.reads)
	fmt.Println("writes performed:", lib.mon.writes)
	fmt.Println("violations:", lib.mon.violations)
	fmt.Println("inside at end:", lib.mon.readersIn, lib.mon.writersIn)
	for _, t := range titles {
		fmt.Printf("%-6s copies=%d\n", t, lib.books[t])
	}
	positive := true
	for _, v := range readTotals {
		if v <= 0 {
			positive = false
		}
	}
	fmt.Println("every reader saw books:", positive)
}
