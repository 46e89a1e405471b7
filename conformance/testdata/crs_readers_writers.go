// Lecture 17: the readers-writers problem with writer preference,
// implemented by hand with a mutex and two condition variables.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type RWLock struct {
	mu             sync.Mutex
	canRead        *sync.Cond
	canWrite       *sync.Cond
	readers        int
	writing        bool
	waitingWriters int
	maxReaders     int
}

func NewRWLock() *RWLock {
	l := &RWLock{}
	l.canRead = sync.NewCond(&l.mu)
	l.canWrite = sync.NewCond(&l.mu)
	return l
}

func (l *RWLock) RLock() {
	l.mu.Lock()
	for l.writing || l.waitingWriters > 0 {
		l.canRead.Wait()
	}
	l.readers++
	l.maxReaders = max(l.maxReaders, l.readers)
	l.mu.Unlock()
}

func (l *RWLock) RUnlock() {
	l.mu.Lock()
	l.readers--
	if l.readers == 0 {
		l.canWrite.Signal()
	}
	l.mu.Unlock()
}

func (l *RWLock) Lock() {
	l.mu.Lock()
	l.waitingWriters++
	for l.writing || l.readers > 0 {
		l.canWrite.Wait()
	}
	l.waitingWriters--
	l.writing = true
	l.mu.Unlock()
}

func (l *RWLock) Unlock() {
	l.mu.Lock()
	l.writing = false
	if l.waitingWriters > 0 {
		l.canWrite.Signal()
	} else {
		l.canRead.Broadcast()
	}
	l.mu.Unlock()
}

type Document struct {
	lock  *RWLock
	lines []string
}

func main() {
	doc := &Document{lock: NewRWLock()}
	var wg sync.WaitGroup
	var violations int
	var vmu sync.Mutex

	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				doc.lock.Lock()
				doc.lines = append(doc.lines, fmt.Sprintf("writer%d-edit%d", w, i))
				doc.lock.Unlock()
			}
		}()
	}
	for r := 0; r < 6; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				doc.lock.RLock()
				n := len(doc.lines)
				for _, l := range doc.lines {
					if !strings.HasPrefix(l, "writer") {
						n = -1
					}
				}
				doc.lock.RUnlock()
				if n < 0 || n > 20 {
					vmu.Lock()
					violations++
					vmu.Unlock()
				}
			}
		}()
	}
	wg.Wait()

	sorted := append([]string(nil), doc.lines...)
	sort.Strings(sorted)
	fmt.Printf("document has %d lines, violations=%d\n", len(doc.lines), violations)
	fmt.Println("first:", sorted[0], "last:", sorted[len(sorted)-1])
	perWriter := map[string]int{}
	for _, l := range doc.lines {
		perWriter[strings.SplitN(l, "-", 2)[0]]++
	}
	keys := make([]string, 0, len(perWriter))
	for k := range perWriter {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %d edits\n", k, perWriter[k])
	}
	fmt.Println("some reader ran:", doc.lock.maxReaders >= 1)
	fmt.Printf("final state: readers=%d writing=%v waiting=%d\n", doc.lock.readers, doc.lock.writing, doc.lock.waitingWriters)
}
