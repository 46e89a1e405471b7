package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
)

type entry struct {
	key   string
	value int
	next  *entry
}

// HashMap is a separate-chaining hash table keyed by strings.
type HashMap struct {
	buckets []*entry
	size    int
	resizes int
}

func NewHashMap(n int) *HashMap {
	return &HashMap{buckets: make([]*entry, n)}
}

func hashOf(key string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()
}

func (m *HashMap) index(key string) int {
	return int(hashOf(key) % uint32(len(m.buckets)))
}

func (m *HashMap) Put(key string, value int) {
	i := m.index(key)
	for e := m.buckets[i]; e != nil; e = e.next {
		if e.key == key {
			e.value = value
			return
		}
	}
	m.buckets[i] = &entry{key, value, m.buckets[i]}
	m.size++
	if float64(m.size)/float64(len(m.buckets)) > 0.75 {
		m.rehash(len(m.buckets) * 2)
	}
}

func (m *HashMap) Get(key string) (int, bool) {
	for e := m.buckets[m.index(key)]; e != nil; e = e.next {
		if e.key == key {
			return e.value, true
		}
	}
	return 0, false
}

func (m *HashMap) Delete(key string) bool {
	p := &m.buckets[m.index(key)]
	for *p != nil {
		if (*p).key == key {
			*p = (*p).next
			m.size--
			return true
		}
		p = &(*p).next
	}
	return false
}

func (m *HashMap) rehash(n int) {
	old := m.buckets
	m.buckets = make([]*entry, n)
	m.resizes++
	for _, head := range old {
		for e := head; e != nil; e = e.next {
			i := m.index(e.key)
			m.buckets[i] = &entry{e.key, e.value, m.buckets[i]}
		}
	}
}

func (m *HashMap) Keys() []string {
	keys := make([]string, 0, m.size)
	for _, head := range m.buckets {
		for e := head; e != nil; e = e.next {
			keys = append(keys, e.key)
		}
	}
	sort.Strings(keys)
	return keys
}

func (m *HashMap) Stats() string {
	longest, empty := 0, 0
	for _, head := range m.buckets {
		n := 0
		for e := head; e != nil; e = e.next {
			n++
		}
		if n == 0 {
			empty++
		}
		longest = max(longest, n)
	}
	return fmt.Sprintf("size=%d buckets=%d empty=%d longest=%d resizes=%d load=%.2f",
		m.size, len(m.buckets), empty, longest, m.resizes, float64(m.size)/float64(len(m.buckets)))
}

func main() {
	for _, k := range []string{"", "a", "go", "hash"} {
		fmt.Printf("fnv32a(%q) = %#08x\n", k, hashOf(k))
	}
	m := NewHashMap(4)
	text := `so much depends upon a red wheel barrow glazed with rain water
	beside the white chickens so much depends upon the rain`
	for _, w := range strings.Fields(text) {
		c, _ := m.Get(w)
		m.Put(w, c+1)
	}
	fmt.Println(m.Stats())
	for _, k := range m.Keys() {
		if v, _ := m.Get(k); v > 1 {
			fmt.Printf("  %-8s x%d\n", k, v)
		}
	}
	for _, k := range []string{"rain", "rain", "snow"} {
		fmt.Printf("delete %q -> %v\n", k, m.Delete(k))
	}
	_, ok := m.Get("rain")
	fmt.Println("rain present:", ok)
	fmt.Println(m.Stats())
	fmt.Println(strings.Join(m.Keys(), ","))
}
