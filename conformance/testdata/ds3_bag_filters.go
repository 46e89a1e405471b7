package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Bag[T any] struct {
	items []T
}

func BagOf[T any](items ...T) *Bag[T] { return &Bag[T]{items: slices.Clone(items)} }

func (b *Bag[T]) Add(items ...T) { b.items = append(b.items, items...) }
func (b *Bag[T]) Len() int       { return len(b.items) }

func (b *Bag[T]) All() iter.Seq[T] { return slices.Values(b.items) }

func (b *Bag[T]) RemoveIf(pred func(T) bool) int {
	before := len(b.items)
	b.items = slices.DeleteFunc(b.items, pred)
	return before - len(b.items)
}

func (b *Bag[T]) String() string {
	parts := make([]string, len(b.items))
	for i, it := range b.items {
		parts[i] = fmt.Sprint(it)
	}
	return "Bag(" + strings.Join(parts, ", ") + ")"
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func And[T any](preds ...func(T) bool) func(T) bool {
	return func(v T) bool {
		for _, p := range preds {
			if !p(v) {
				return false
			}
		}
		return true
	}
}

func Not[T any](p func(T) bool) func(T) bool { return func(v T) bool { return !p(v) } }

type Item struct {
	Name   string
	Weight float64
	Tags   []string
}

func (i Item) String() string { return fmt.Sprintf("%s(%.1fkg)", i.Name, i.Weight) }

func hasTag(tag string) func(Item) bool {
	return func(i Item) bool { return slices.Contains(i.Tags, tag) }
}

func main() {
	pack := BagOf(
		Item{"tent", 2.4, []string{"camp", "bulky"}},
		Item{"stove", 0.9, []string{"camp", "kitchen"}},
		Item{"mug", 0.2, []string{"kitchen"}},
		Item{"rope", 0.6, []string{"climb"}},
	)
	pack.Add(Item{"harness", 0.4, []string{"climb"}}, Item{"chair", 1.8, []string{"camp", "bulky"}})
	fmt.Println(pack, "len", pack.Len())

	heavy := func(i Item) bool { return i.Weight > 1 }
	fmt.Println("heavy:", slices.Collect(Filter(pack.All(), heavy)))
	fmt.Println("light camp:", slices.Collect(Filter(pack.All(), And(hasTag("camp"), Not(heavy)))))
	names := Map(Filter(pack.All(), hasTag("kitchen")), func(i Item) string { return strings.ToUpper(i.Name) })
	fmt.Println("kitchen names:", slices.Collect(names))

	total := 0.0
	for w := range Map(pack.All(), func(i Item) float64 { return i.Weight }) {
		total += w
	}
	fmt.Printf("total weight: %.2f\n", total)
	fmt.Println("removed bulky:", pack.RemoveIf(hasTag("bulky")))
	fmt.Println(pack)

	nums := BagOf(5, 12, 7, 30, 18, 3, 21)
	even := func(n int) bool { return n%2 == 0 }
	big := func(n int) bool { return n > 10 }
	fmt.Println("even:", slices.Collect(Filter(nums.All(), even)))
	fmt.Println("odd and big:", slices.Collect(Filter(nums.All(), And(Not(even), big))))
	for sq := range Map(nums.All(), func(n int) int { return n * n }) {
		if sq > 200 {
			fmt.Println("first square over 200:", sq)
			break
		}
	}
}
