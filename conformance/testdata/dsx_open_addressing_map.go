package main

import (
	"fmt"
	"strings"
)

type slotState uint8

const (
	empty slotState = iota
	used
	deleted // tombstone: keeps probe chains intact
)

type slot struct {
	key   string
	val   int
	state slotState
}

// HashMap is a string->int map using linear probing, tombstones and
// doubling when the load (including tombstones) would exceed 3/4.
type HashMap struct {
	slots   []slot
	count   int
	tombs   int
	resizes int
}

func NewHashMap() *HashMap { return &HashMap{slots: make([]slot, 8)} }

// fnv1a is a hand-written 32-bit FNV-1a hash.
func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// probe returns the slot index holding key, or the index where it should go.
func (m *HashMap) probe(key string) (idx int, found bool) {
	mask := len(m.slots) - 1
	firstTomb := -1
	for i := int(fnv1a(key)) & mask; ; i = (i + 1) & mask {
		switch s := &m.slots[i]; s.state {
		case empty:
			if firstTomb >= 0 {
				return firstTomb, false
			}
			return i, false
		case deleted:
			if firstTomb < 0 {
				firstTomb = i
			}
		case used:
			if s.key == key {
				return i, true
			}
		}
	}
}

func (m *HashMap) resize(n int) {
	old := m.slots
	m.slots, m.count, m.tombs = make([]slot, n), 0, 0
	for _, s := range old {
		if s.state == used {
			m.Put(s.key, s.val)
		}
	}
	m.resizes++
}

func (m *HashMap) Put(key string, val int) {
	i, found := m.probe(key)
	if !found && 4*(m.count+m.tombs+1) > 3*len(m.slots) {
		m.resize(2 * len(m.slots))
		i, _ = m.probe(key)
	}
	if !found {
		if m.slots[i].state == deleted {
			m.tombs--
		}
		m.count++
	}
	m.slots[i] = slot{key: key, val: val, state: used}
}

func (m *HashMap) Get(key string) (int, bool) {
	i, found := m.probe(key)
	return m.slots[i].val, found
}

func (m *HashMap) Delete(key string) error {
	i, found := m.probe(key)
	if !found {
		return fmt.Errorf("delete %q: no such key", key)
	}
	m.slots[i] = slot{state: deleted}
	m.count--
	m.tombs++
	return nil
}

func (m *HashMap) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "size=%d cap=%d tombs=%d resizes=%d\n", m.count, len(m.slots), m.tombs, m.resizes)
	for i, s := range m.slots {
		switch s.state {
		case used:
			home := int(fnv1a(s.key)) & (len(m.slots) - 1)
			fmt.Fprintf(&sb, "  [%2d] %-6s = %-3d (home %d)\n", i, s.key, s.val, home)
		case deleted:
			fmt.Fprintf(&sb, "  [%2d] <tombstone>\n", i)
		}
	}
	return sb.String()
}

func main() {
	m := NewHashMap()
	words := strings.Fields("one two three four five six")
	for i, w := range words {
		m.Put(w, i+1)
	}
	fmt.Print(m)
	m.Put("three", 33)
	fmt.Println(m.Delete("two"), m.Delete("four"), m.Delete("zero"))
	fmt.Print(m)
	for _, k := range []string{"three", "four", "six", "ten"} {
		v, ok := m.Get(k)
		fmt.Printf("get %-5s -> %d %v\n", k, v, ok)
	}
	for i, w := range strings.Fields("seven eight nine ten eleven twelve") {
		m.Put(w, i+7)
	}
	fmt.Print(m)
}
