package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type BiMap[K, V cmp.Ordered] struct {
	forward map[K]V
	reverse map[V]K
}

func NewBiMap[K, V cmp.Ordered]() *BiMap[K, V] {
	return &BiMap[K, V]{forward: map[K]V{}, reverse: map[V]K{}}
}

func (b *BiMap[K, V]) Len() int { return len(b.forward) }

func (b *BiMap[K, V]) Put(k K, v V) error {
	if old, ok := b.reverse[v]; ok && old != k {
		return fmt.Errorf("value %v already bound to key %v", v, old)
	}
	if oldV, ok := b.forward[k]; ok {
		delete(b.reverse, oldV)
	}
	b.forward[k] = v
	b.reverse[v] = k
	return nil
}

func (b *BiMap[K, V]) GetByKey(k K) (V, bool) {
	v, ok := b.forward[k]
	return v, ok
}

func (b *BiMap[K, V]) GetByValue(v V) (K, bool) {
	k, ok := b.reverse[v]
	return k, ok
}

func (b *BiMap[K, V]) RemoveKey(k K) bool {
	v, ok := b.forward[k]
	if ok {
		delete(b.forward, k)
		delete(b.reverse, v)
	}
	return ok
}

func (b *BiMap[K, V]) Inverse() *BiMap[V, K] {
	return &BiMap[V, K]{forward: b.reverse, reverse: b.forward}
}

func (b *BiMap[K, V]) String() string {
	parts := make([]string, 0, b.Len())
	for _, k := range slices.Sorted(maps.Keys(b.forward)) {
		parts = append(parts, fmt.Sprintf("%v<->%v", k, b.forward[k]))
	}
	return "BiMap{" + strings.Join(parts, " ") + "}"
}

func main() {
	codes := NewBiMap[string, int]()
	for i, c := range []string{"ok", "created", "notfound", "teapot"} {
		if err := codes.Put(c, []int{200, 201, 404, 418}[i]); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(codes, "len", codes.Len())
	if err := codes.Put("missing", 404); err != nil {
		fmt.Println("error:", err)
	}
	if err := codes.Put("ok", 204); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("after rebinding ok:", codes)
	if _, found := codes.GetByValue(200); !found {
		fmt.Println("200 no longer mapped")
	}
	if name, found := codes.GetByValue(418); found {
		fmt.Println("418 is", name)
	}
	inv := codes.Inverse()
	fmt.Println("inverse:", inv)
	if v, ok := inv.GetByKey(201); ok {
		fmt.Println("inverse 201 ->", v)
	}
	fmt.Println("remove teapot:", codes.RemoveKey("teapot"), "again:", codes.RemoveKey("teapot"))
	fmt.Println("inverse sees removal:", inv, "len", inv.Len())
}
