package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
)

type entry[V any] struct {
	key  string
	val  V
	next *entry[V]
}

// HashMap uses separate chaining and doubles when the load factor exceeds 0.75.
type HashMap[V any] struct {
	buckets []*entry[V]
	size    int
	resizes int
}

func NewHashMap[V any](capacity int) *HashMap[V] {
	return &HashMap[V]{buckets: make([]*entry[V], capacity)}
}

func hashString(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func (m *HashMap[V]) index(key string) int {
	return int(hashString(key) % uint32(len(m.buckets)))
}

func (m *HashMap[V]) Put(key string, val V) {
	i := m.index(key)
	for e := m.buckets[i]; e != nil; e = e.next {
		if e.key == key {
			e.val = val
			return
		}
	}
	m.buckets[i] = &entry[V]{key: key, val: val, next: m.buckets[i]}
	m.size++
	if float64(m.size)/float64(len(m.buckets)) > 0.75 {
		m.rehash()
	}
}

func (m *HashMap[V]) Get(key string) (V, bool) {
	for e := m.buckets[m.index(key)]; e != nil; e = e.next {
		if e.key == key {
			return e.val, true
		}
	}
	var zero V
	return zero, false
}

func (m *HashMap[V]) Delete(key string) bool {
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

func (m *HashMap[V]) rehash() {
	old := m.buckets
	m.buckets = make([]*entry[V], 2*len(old))
	m.resizes++
	for _, head := range old {
		for e := head; e != nil; e = e.next {
			i := m.index(e.key)
			m.buckets[i] = &entry[V]{key: e.key, val: e.val, next: m.buckets[i]}
		}
	}
}

func (m *HashMap[V]) Keys() []string {
	var keys []string
	for _, head := range m.buckets {
		for e := head; e != nil; e = e.next {
			keys = append(keys, e.key)
		}
	}
	slices.Sort(keys)
	return keys
}

func (m *HashMap[V]) Stats() string {
	longest, empty := 0, 0
	for _, head := range m.buckets {
		n := 0
		for e := head; e != nil; e = e.next {
			n++
		}
		longest = max(longest, n)
		if n == 0 {
			empty++
		}
	}
	return fmt.Sprintf("size=%d buckets=%d empty=%d longest-chain=%d resizes=%d",
		m.size, len(m.buckets), empty, longest, m.resizes)
}

func main() {
	counts := NewHashMap[int](4)
	text := `it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness`
	for w := range strings.FieldsSeq(text) {
		n, _ := counts.Get(w)
		counts.Put(w, n+1)
	}
	fmt.Println(counts.Stats())
	for _, k := range counts.Keys() {
		v, _ := counts.Get(k)
		fmt.Printf("  %-12s %d\n", k, v)
	}
	for _, k := range []string{"worst", "best", "missing"} {
		fmt.Printf("delete %q -> %v\n", k, counts.Delete(k))
	}
	if _, ok := counts.Get("worst"); !ok {
		fmt.Println(`"worst" is gone`)
	}
	fmt.Println(counts.Stats())
	fmt.Printf("fnv32a(%q) = %#08x\n", "hash", hashString("hash"))
}
