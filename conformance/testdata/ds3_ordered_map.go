package main

import (
	"container/list"
	"fmt"
	"iter"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type OrderedMap[K comparable, V any] struct {
	index map[K]*list.Element
	order *list.List
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: make(map[K]*list.Element), order: list.New()}
}

func (m *OrderedMap[K, V]) Len() int { return m.order.Len() }

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if e, ok := m.index[k]; ok {
		e.Value.(*entry[K, V]).val = v
		return
	}
	m.index[k] = m.order.PushBack(&entry[K, V]{k, v})
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	if e, ok := m.index[k]; ok {
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	e, ok := m.index[k]
	if !ok {
		return false
	}
	m.order.Remove(e)
	delete(m.index, k)
	return true
}

func (m *OrderedMap[K, V]) MoveToBack(k K) {
	if e, ok := m.index[k]; ok {
		m.order.MoveToBack(e)
	}
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := m.order.Front(); e != nil; e = e.Next() {
			en := e.Value.(*entry[K, V])
			if !yield(en.key, en.val) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	first := true
	for k, v := range m.All() {
		if !first {
			sb.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&sb, "%v: %v", k, v)
	}
	sb.WriteString("}")
	return sb.String()
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("zebra apple mango kiwi banana") {
		m.Set(w, (i+1)*10)
	}
	fmt.Println(m, "len", m.Len())
	m.Set("apple", 99)
	fmt.Println("after update:", m)
	if v, ok := m.Get("mango"); ok {
		fmt.Println("mango =", v)
	}
	if _, ok := m.Get("grape"); !ok {
		fmt.Println("grape missing")
	}
	fmt.Println("delete kiwi:", m.Delete("kiwi"), "delete kiwi again:", m.Delete("kiwi"))
	m.MoveToBack("zebra")
	fmt.Println("zebra moved:", m)
	for k, v := range m.All() {
		if v > 50 {
			fmt.Println("first over 50:", k)
			break
		}
	}
	counts := NewOrderedMap[rune, int]()
	for _, r := range "mississippi" {
		c, _ := counts.Get(r)
		counts.Set(r, c+1)
	}
	for r, c := range counts.All() {
		fmt.Printf("%c=%d\n", r, c)
	}
}
