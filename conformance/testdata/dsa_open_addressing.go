package main

import (
	"fmt"
	"strings"
)

type slotState uint8

const (
	empty slotState = iota
	used
	deleted
)

type slot struct {
	key   string
	value int
	state slotState
}

// HashMap uses open addressing with linear probing and tombstones.
type HashMap struct {
	slots []slot
	count int
	tombs int
}

func NewHashMap(capacity int) *HashMap { return &HashMap{slots: make([]slot, capacity)} }

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func (m *HashMap) probe(key string) (int, bool) {
	n := len(m.slots)
	firstTomb := -1
	for i, idx := 0, int(fnv1a(key)%uint32(n)); i < n; i, idx = i+1, (idx+1)%n {
		switch s := &m.slots[idx]; s.state {
		case empty:
			if firstTomb >= 0 {
				return firstTomb, false
			}
			return idx, false
		case deleted:
			if firstTomb < 0 {
				firstTomb = idx
			}
		case used:
			if s.key == key {
				return idx, true
			}
		}
	}
	return firstTomb, false
}

func (m *HashMap) Put(key string, value int) {
	if (m.count+m.tombs+1)*4 > len(m.slots)*3 {
		m.resize(len(m.slots) * 2)
	}
	idx, found := m.probe(key)
	if !found {
		if m.slots[idx].state == deleted {
			m.tombs--
		}
		m.count++
	}
	m.slots[idx] = slot{key: key, value: value, state: used}
}

func (m *HashMap) Get(key string) (int, bool) {
	idx, found := m.probe(key)
	if !found {
		return 0, false
	}
	return m.slots[idx].value, true
}

func (m *HashMap) Delete(key string) bool {
	idx, found := m.probe(key)
	if found {
		m.slots[idx] = slot{state: deleted}
		m.count--
		m.tombs++
	}
	return found
}

func (m *HashMap) resize(capacity int) {
	old := m.slots
	m.slots, m.count, m.tombs = make([]slot, capacity), 0, 0
	for _, s := range old {
		if s.state == used {
			m.Put(s.key, s.value)
		}
	}
}

func (m *HashMap) String() string {
	var sb strings.Builder
	for i, s := range m.slots {
		switch s.state {
		case used:
			fmt.Fprintf(&sb, "%2d: %-8s = %3d  hash=%08x home=%d\n", i, s.key, s.value, fnv1a(s.key), fnv1a(s.key)%uint32(len(m.slots)))
		case deleted:
			fmt.Fprintf(&sb, "%2d: <tombstone>\n", i)
		}
	}
	return sb.String()
}

func main() {
	m := NewHashMap(4)
	words := strings.Fields("the quick brown fox jumps over the lazy dog the fox")
	for _, w := range words {
		c, _ := m.Get(w)
		m.Put(w, c+1)
	}
	fmt.Printf("count=%d capacity=%d\n", m.count, len(m.slots))
	fmt.Print(m)
	for _, k := range []string{"fox", "over", "cat"} {
		fmt.Printf("delete(%q) = %v\n", k, m.Delete(k))
	}
	for _, k := range []string{"the", "fox", "dog", "cat"} {
		v, ok := m.Get(k)
		fmt.Printf("get(%q) = %d, %v\n", k, v, ok)
	}
	m.Put("cat", 9)
	fmt.Printf("count=%d tombs=%d capacity=%d\n", m.count, m.tombs, len(m.slots))
	fmt.Print(m)
}
