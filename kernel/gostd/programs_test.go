package gostd_test

// programs are the Go programs TestPrograms runs with `go run` and in
// yaegi, comparing their output. They must suit yaegi too: no range over
// functions (call the sequence, or collect it), no builtin min, max or
// clear, no `for i := range n`, no %T (yaegi shows a named slice type as
// its underlying type), no panics with runtime errors printed (their text
// differs; print whether it panicked), and map contents printed through fmt
// (which sorts the keys).
var programs = []struct{ name, src string }{
	// A compiled named type of an ordered underlying type (yaegi checked
	// time.Duration against ~int64 by its name: cmp.Compare panicked,
	// slices.Sort was refused).
	{"CompiledNamedOrdered", `package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

func main() {
	ds := []time.Duration{3 * time.Second, time.Second, 2 * time.Minute}
	fmt.Println(cmp.Compare(ds[0], ds[1]), cmp.Less(ds[0], ds[1]), cmp.Compare(ds[1], ds[1]))
	slices.Sort(ds)
	fmt.Println(ds, slices.Min(ds), slices.Max(ds), slices.IsSorted(ds))
	i, found := slices.BinarySearch(ds, 3*time.Second)
	fmt.Println(i, found)
	slices.SortFunc(ds, func(a, b time.Duration) int { return cmp.Compare(b, a) })
	fmt.Println(ds, cmp.Or(time.Duration(0), ds[2]))
	ms := []time.Month{time.March, time.January}
	slices.Sort(ms)
	fmt.Println(ms, cmp.Compare(1.5, 2.5), cmp.Compare("b", "a"))
}
`},
	{"Sort", `package main

import (
	"fmt"
	"math"
	"slices"
)

type Names []string

type Celsius float64

// lcg is a small pseudo-random generator, the same in Go and yaegi.
func lcg(seed uint32, n, mod int) []int {
	s := make([]int, n)
	for i := range s {
		seed = seed*1664525 + 1013904223
		s[i] = int(seed>>8) % mod
	}
	return s
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	ns := Names{"carol", "alice", "bob"}
	fmt.Println(slices.IsSorted(ns))
	slices.Sort(ns)
	fmt.Println(ns, slices.IsSorted(ns))
	fs := []float64{3, math.NaN(), 1, math.Inf(-1), -2, math.NaN()}
	slices.Sort(fs)
	fmt.Println(fs, slices.IsSorted(fs))
	cs := []Celsius{21.5, -3, 0}
	slices.Sort(cs)
	fmt.Println(cs)
	var empty []int
	slices.Sort(empty)
	fmt.Println(empty == nil, slices.IsSorted(empty), slices.IsSorted([]string{}))
	one := []string{"x"}
	slices.Sort(one)
	fmt.Println(one)

	// Sizes and shapes that take pdqsort's other paths: insertion sort,
	// pattern breaking, equal elements, sorted and reversed runs.
	for _, n := range []int{11, 12, 13, 50, 51, 500, 2000} {
		for _, mod := range []int{3, 1000000} {
			s := lcg(uint32(n), n, mod)
			slices.Sort(s)
			fmt.Println(n, mod, slices.IsSorted(s), s[0], s[n/2], s[n-1])
		}
	}
	asc := make([]int, 300)
	desc := make([]int, 300)
	saw := make([]int, 300)
	for i := range asc {
		asc[i] = i
		desc[i] = 300 - i
		saw[i] = i % 17
	}
	for _, s := range [][]int{asc, desc, saw} {
		slices.Sort(s)
		fmt.Println(slices.IsSorted(s), s[:5], s[295:])
	}
	words := Names{"pear", "fig", "apple", "kiwi", "fig", "banana", "cherry", "date", "elder", "grape", "apple", "lime", "mango"}
	slices.Sort(words)
	fmt.Println(words)
}
`},
	{"SortFunc", `package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type People []Person

func byAge(a, b Person) int { return cmp.Compare(a.Age, b.Age) }

func names(ps People) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Name)
		b.WriteString(" ")
	}
	return b.String()
}

func gen(n, ages int) People {
	ps := make(People, n)
	seed := uint32(n)
	for i := range ps {
		seed = seed*1664525 + 1013904223
		ps[i] = Person{fmt.Sprint("p", i), int(seed>>8) % ages}
	}
	return ps
}

func main() {
	ps := People{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}}
	fmt.Println(slices.IsSortedFunc(ps, byAge))
	slices.SortFunc(ps, byAge)
	fmt.Println(ps, slices.IsSortedFunc(ps, byAge))
	slices.SortFunc(ps, func(a, b Person) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(ps)

	// SortFunc is not stable, but it is Go's algorithm: equal elements end
	// up in the same order as with Go.
	for _, n := range []int{10, 13, 40, 200, 1000} {
		s := gen(n, 5)
		slices.SortFunc(s, byAge)
		fmt.Println(n, slices.IsSortedFunc(s, byAge), names(s[:8]), names(s[n-8:]))
	}
	big := gen(3000, 7)
	slices.SortFunc(big, byAge)
	fmt.Println(names(big[1400:1420]))

	// SortStableFunc keeps the order of equal elements.
	for _, n := range []int{6, 20, 21, 100, 1000} {
		s := gen(n, 4)
		slices.SortStableFunc(s, byAge)
		fmt.Println(n, slices.IsSortedFunc(s, byAge), names(s[:6]), names(s[n-6:]))
	}
	st := gen(500, 3)
	slices.SortStableFunc(st, byAge)
	stable := true
	for i := 1; i < len(st); i++ {
		if st[i].Age == st[i-1].Age && len(st[i].Name) == len(st[i-1].Name) && st[i].Name < st[i-1].Name {
			stable = false
		}
	}
	fmt.Println("stable:", stable)

	var none People
	slices.SortFunc(none, byAge)
	slices.SortStableFunc(none, byAge)
	fmt.Println(none == nil, slices.IsSortedFunc(none, byAge))
	rev := []int{1, 2, 3, 4}
	slices.SortStableFunc(rev, func(a, b int) int { return b - a })
	fmt.Println(rev)
}
`},
	{"BinarySearch", `package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Names []string

type Item struct {
	Key string
	N   int
}

func main() {
	xs := []int{1, 3, 3, 3, 7, 9}
	for _, t := range []int{0, 1, 3, 4, 9, 10} {
		i, ok := slices.BinarySearch(xs, t)
		fmt.Println(t, i, ok)
	}
	ns := Names{"alice", "bob", "dave"}
	fmt.Println(slices.BinarySearch(ns, "carol"))
	fmt.Println(slices.BinarySearch(ns, "bob"))
	fmt.Println(slices.BinarySearch([]int{}, 1))
	fmt.Println(slices.BinarySearch([]int(nil), 1))
	fs := []float64{math.NaN(), 1, 2}
	fmt.Println(slices.BinarySearch(fs, math.NaN()))
	fmt.Println(slices.BinarySearch(fs, 2))
	items := []Item{{"a", 1}, {"c", 2}, {"e", 3}}
	byKey := func(it Item, k string) int { return strings.Compare(it.Key, k) }
	fmt.Println(slices.BinarySearchFunc(items, "c", byKey))
	fmt.Println(slices.BinarySearchFunc(items, "d", byKey))
	fmt.Println(slices.BinarySearchFunc(items, "z", byKey))
	fmt.Println(slices.BinarySearchFunc([]Item{}, "a", byKey))
	fmt.Println(slices.BinarySearchFunc(ns, 4, func(s string, n int) int { return len(s) - n }))
}
`},
	{"MinMax", `package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Names []string

type Temp float64

type Point struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	fmt.Println(slices.Min([]int{3, 1, 2}), slices.Max([]int{3, 1, 2}))
	fmt.Println(slices.Min(Names{"b", "a", "c"}), slices.Max(Names{"b", "a", "c"}))
	fmt.Println(slices.Min([]int{7}), slices.Max([]int{7}))
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	for _, fs := range [][]float64{{1, nan, -1}, {nan, 1}, {1, 2, nan}, {0, negz}, {negz, 0}, {negz, negz}, {-1, negz, 0}, {math.Inf(1), 2}} {
		fmt.Println(fs, slices.Min(fs), slices.Max(fs))
	}
	fmt.Println(slices.Min([]Temp{1.5, Temp(negz), 0}), slices.Max([]Temp{Temp(negz), 0}), slices.Min([]float32{0, float32(negz)}))
	pts := []Point{{1, 2}, {0, 5}, {1, 9}, {0, 1}}
	byX := func(a, b Point) int { return cmp.Compare(a.X, b.X) }
	fmt.Println(slices.MinFunc(pts, byX), slices.MaxFunc(pts, byX))
	fmt.Println(slices.MinFunc([]Point{{3, 3}}, byX))
	try("Min", func() { slices.Min([]int{}) })
	try("Max", func() { slices.Max(Names(nil)) })
	try("MinFunc", func() { slices.MinFunc([]Point{}, byX) })
	try("MaxFunc", func() { slices.MaxFunc([]Point(nil), byX) })
}
`},
	{"Repeat", `package main

import (
	"fmt"
	"math"
	"slices"
)

type Names []string

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	r := slices.Repeat(Names{"a", "b"}, 3)
	fmt.Println(r, len(r), cap(r))
	r[0] = "z"
	fmt.Println(r)
	e := slices.Repeat([]int{}, 5)
	fmt.Println(e, len(e), e == nil)
	z := slices.Repeat([]int{1, 2}, 0)
	fmt.Println(z, len(z), z == nil)
	n := slices.Repeat([]int(nil), 2)
	fmt.Println(n == nil, len(n))
	fmt.Println(slices.Repeat([]int{7}, 4))
	try("negative", func() { slices.Repeat([]int{1}, -1) })
	try("overflow", func() { slices.Repeat([]int{1, 2}, math.MaxInt) })
}
`},
	{"SliceIterators", `package main

import (
	"fmt"
	"slices"
	"strings"
)

type Names []string

func main() {
	ns := Names{"ann", "bob", "cy"}
	slices.All(ns)(func(i int, s string) bool {
		fmt.Println("all", i, s)
		return true
	})
	slices.All(ns)(func(i int, s string) bool {
		fmt.Println("all until bob", i, s)
		return s != "bob"
	})
	slices.Backward(ns)(func(i int, s string) bool {
		fmt.Println("backward", i, s)
		return true
	})
	slices.Backward(ns)(func(i int, s string) bool {
		fmt.Println("backward once", i, s)
		return false
	})
	slices.Values(ns)(func(s string) bool {
		fmt.Println("value", s)
		return len(s) == 3
	})
	calls := 0
	slices.All([]int{})(func(i, v int) bool { calls++; return true })
	slices.Backward([]int(nil))(func(i, v int) bool { calls++; return true })
	slices.Values(Names{})(func(s string) bool { calls++; return true })
	fmt.Println("calls on empty:", calls)

	fmt.Println(slices.Collect(slices.Values(ns)))
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil)
	fmt.Println(slices.AppendSeq([]string{"x"}, slices.Values(ns)))
	fmt.Println(slices.AppendSeq([]int(nil), slices.Values([]int{})) == nil)
	fmt.Println(slices.AppendSeq([]int{}, slices.Values([]int{})) == nil)
	fmt.Println(slices.Sorted(slices.Values([]int{3, 1, 2})))
	fmt.Println(slices.Sorted(slices.Values([]int{})) == nil)
	fmt.Println(slices.SortedFunc(slices.Values(ns), func(a, b string) int { return len(a) - len(b) }))
	fmt.Println(slices.SortedFunc(slices.Values([]string{}), strings.Compare) == nil)
	words := []string{"kiwi", "fig", "pear", "yam", "plum", "date", "ugli"}
	fmt.Println(slices.SortedStableFunc(slices.Values(words), func(a, b string) int { return len(a) - len(b) }))
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{}), strings.Compare) == nil)

	digits := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	slices.Chunk(digits, 4)(func(c []int) bool {
		fmt.Println("chunk", c, len(c), cap(c))
		return true
	})
	slices.Chunk(digits, 3)(func(c []int) bool {
		fmt.Println("first chunk", c)
		return false
	})
	chunks := slices.Collect(slices.Chunk(Names{"a", "b", "c"}, 2))
	fmt.Println(chunks, len(chunks))
	chunks[0] = append(chunks[0], "new")
	fmt.Println(chunks[0])
	fmt.Println(len(slices.Collect(slices.Chunk([]int{}, 2))))
	fmt.Println(slices.Collect(slices.Chunk([]int{1, 2}, 5)))
	func() {
		defer func() { fmt.Println("Chunk(0) panic:", recover()) }()
		slices.Chunk(digits, 0)
	}()
}
`},
	{"MapIterators", `package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Ages map[string]int

func main() {
	m := Ages{"bob": 31, "alice": 25, "carol": 47}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	var pairs []string
	maps.All(m)(func(k string, v int) bool {
		pairs = append(pairs, fmt.Sprint(k, "=", v))
		return true
	})
	slices.Sort(pairs)
	fmt.Println(strings.Join(pairs, ","))
	n := 0
	maps.All(m)(func(k string, v int) bool { n++; return false })
	maps.Keys(m)(func(k string) bool { n++; return n < 3 })
	maps.Values(m)(func(v int) bool { n++; return false })
	fmt.Println("yields before break:", n)
	calls := 0
	maps.All(map[int]int{})(func(k, v int) bool { calls++; return true })
	maps.Keys(Ages(nil))(func(k string) bool { calls++; return true })
	maps.Values(Ages{})(func(v int) bool { calls++; return true })
	fmt.Println("calls on empty:", calls)

	c := maps.Collect(maps.All(m))
	c["dan"] = 1
	fmt.Println(c, len(m))
	fmt.Println(maps.Collect(slices.All([]string{"x", "y"})))
	e := maps.Collect(maps.All(map[string]bool(nil)))
	fmt.Println(e == nil, len(e))
	maps.Insert(m, maps.All(map[string]int{"bob": 0, "eve": 52}))
	fmt.Println(m)
	maps.Insert(m, maps.All(Ages{}))
	fmt.Println(len(m))
	idx := map[int]string{}
	maps.Insert(idx, slices.Backward([]string{"a", "b"}))
	fmt.Println(idx)
	fmt.Println(slices.Sorted(maps.Keys(map[float64]bool{2.5: true, -1: false})))
}
`},
	{"Pull", `package main

import (
	"fmt"
	"iter"
	"runtime"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count", n, "returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("count", n, "told to stop at", i)
				return
			}
		}
	}
}

func letters() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		fmt.Println("next", v, ok)
		if !ok {
			break
		}
	}
	fmt.Println(next())
	stop()
	stop()
	fmt.Println(next())

	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println("after stop")
	fmt.Println(next())
	stop()

	next, stop = iter.Pull(count(5))
	stop()
	fmt.Println("stop before next:", fmt.Sprint(next()))

	next2, stop2 := iter.Pull2(letters())
	fmt.Println(next2())
	fmt.Println(next2())
	stop2()
	fmt.Println(next2())
	next2, stop2 = iter.Pull2(letters())
	for k, v, ok := next2(); ok; k, v, ok = next2() {
		fmt.Println("pair", k, v)
	}
	fmt.Println(next2())
	stop2()
	next2, stop2 = iter.Pull2(letters())
	stop2()
	fmt.Println(next2())

	// Never stopped: the caller is not blocked.
	abandoned, _ := iter.Pull(count(100))
	fmt.Println(abandoned())
	fmt.Println(abandoned())
	abandoned2, _ := iter.Pull2(letters())
	fmt.Println(abandoned2())

	// Panics and Goexit in the sequence reach the caller of next.
	next, stop = iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("boom")
	})
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next()
	}()
	fmt.Println(next())
	stop()
	next, stop = iter.Pull(func(yield func(int) bool) {
		for yield(7) {
		}
		panic("panic on stop")
	})
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		stop()
	}()
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("goroutine ends by Goexit")
		n, _ := iter.Pull2(func(yield func(string, int) bool) {
			runtime.Goexit()
		})
		n()
		fmt.Println("not reached")
	}()
	<-done

	// A pull iterator over a pull iterator.
	inner, stopInner := iter.Pull(count(4))
	var outer iter.Seq[int] = func(yield func(int) bool) {
		for {
			v, ok := inner()
			if !ok || !yield(v*10) {
				return
			}
		}
	}
	n, s := iter.Pull(outer)
	fmt.Println(n())
	fmt.Println(n())
	s()
	stopInner()
	fmt.Println(n())
}
`},
	{"IterTypes", `package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func evens(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i <= limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func inventory() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		if !yield("apples", 3) {
			return
		}
		yield("pears", 5)
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.walk(yield) }
}

func main() {
	fmt.Println(slices.Collect(evens(10)))
	fmt.Println(maps.Collect(inventory()))
	var s iter.Seq[int] = evens(4)
	s(func(v int) bool {
		fmt.Println("even", v)
		return true
	})
	var s2 iter.Seq2[string, int] = inventory()
	s2(func(k string, v int) bool {
		fmt.Println("first", k, v)
		return false
	})
	t := &Tree{Left: &Tree{Val: 1}, Val: 2, Right: &Tree{Left: &Tree{Val: 3}, Val: 4}}
	fmt.Println(slices.Collect(t.All()))
	t.All()(func(v int) bool {
		fmt.Println("tree", v)
		return v < 2
	})
	next, stop := iter.Pull(t.All())
	defer stop()
	a, _ := next()
	b, _ := next()
	fmt.Println(a + b)
	fmt.Println(slices.Sorted(maps.Keys(maps.Collect(inventory()))))
}
`},
	{"SlicesBasics", `package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Names []string

func main() {
	a := Names{"x", "y"}
	fmt.Println(slices.Equal(a, Names{"x", "y"}), slices.Equal(a, Names{"x"}), slices.Equal([]int{}, []int(nil)))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	eqFold := func(s, t string) bool { return strings.EqualFold(s, t) }
	fmt.Println(slices.EqualFunc(a, []string{"X", "Y"}, eqFold), slices.EqualFunc(a, []string{"X"}, eqFold))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	fmt.Println(slices.Compare(a, Names{"x", "z"}), slices.Compare(a, Names{"x"}), slices.Compare(a, a), slices.Compare(Names{}, a))
	fmt.Println(slices.Compare([]float64{math.NaN()}, []float64{1}), slices.Compare([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []string{"1", "3"}, func(n int, s string) int { return strings.Compare(fmt.Sprint(n), s) }))
	fmt.Println(slices.CompareFunc([]int{1}, []int{1, 2}, func(x, y int) int { return x - y }))
	fmt.Println(slices.Index(a, "y"), slices.Index(a, "q"), slices.Index([]int(nil), 1))
	fmt.Println(slices.IndexFunc(a, func(s string) bool { return s > "x" }), slices.IndexFunc([]int{}, func(int) bool { return true }))
	fmt.Println(slices.Contains(a, "x"), slices.Contains(a, "q"))
	fmt.Println(slices.ContainsFunc(a, func(s string) bool { return len(s) > 1 }), slices.ContainsFunc([]int{1, 5}, func(v int) bool { return v > 4 }))
}
`},
	{"SlicesEdits", `package main

import (
	"fmt"
	"slices"
)

type Names []string

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked")
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(slices.Insert(s, 1, 9, 8), s)
	fmt.Println(slices.Insert(Names{"a"}, 1, "b"))
	fmt.Println(slices.Insert([]int(nil), 0, 5))
	big := make([]int, 3, 10)
	copy(big, []int{1, 2, 3})
	ins := slices.Insert(big, 1, 7)
	fmt.Println(ins, big[:4])
	o := []int{1, 2, 3, 4, 5}
	fmt.Println(slices.Insert(o[:3], 1, o[2:4]...), o)
	o = []int{1, 2, 3, 4, 5, 6}
	fmt.Println(slices.Insert(o[:4], 0, o[1:3]...), o)
	try("Insert past end", func() { slices.Insert([]int{1}, 3, 1) })

	d := []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Delete(d, 1, 3), d)
	fmt.Println(slices.Delete(Names{"a", "b"}, 0, 0), slices.Delete([]int{1}, 0, 1) == nil)
	try("Delete bad range", func() { slices.Delete([]int{1, 2}, 2, 1) })
	df := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(slices.DeleteFunc(df, func(v int) bool { return v%2 == 0 }), df)
	fmt.Println(slices.DeleteFunc(Names(nil), func(string) bool { return true }) == nil)
	fmt.Println(slices.DeleteFunc([]int{1, 3}, func(v int) bool { return v%2 == 0 }))

	r := []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Replace(r, 1, 3, 9), r)
	r = []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Replace(r, 1, 2, 7, 8, 9))
	r = []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Replace(r, 3, 5, 6), r)
	r = []int{0, 1, 2}
	fmt.Println(slices.Replace(r, 1, 1, 5))
	r = make([]int, 5, 10)
	copy(r, []int{0, 1, 2, 3, 4})
	fmt.Println(slices.Replace(r, 1, 2, 7, 8, 9), r[:7])
	r = []int{0, 1, 2, 3, 4, 5, 6, 7}
	fmt.Println(slices.Replace(r[:6], 1, 3, r[2:6]...), r)
	r = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println(slices.Replace(r[:6], 1, 3, r[0:5]...), r)
	try("Replace bad range", func() { slices.Replace([]int{1}, 0, 2) })

	c := slices.Clone(Names{"a", "b"})
	c[0] = "z"
	fmt.Println(c, slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil, len(slices.Clone([]int{})))
	cp := []int{1, 1, 2, 3, 3, 3, 1}
	fmt.Println(slices.Compact(cp), cp)
	fmt.Println(slices.Compact([]int{}), slices.Compact(Names{"a"}), slices.Compact([]int(nil)) == nil)
	cf := Names{"a", "A", "b", "B", "b"}
	fmt.Println(slices.CompactFunc(cf, func(x, y string) bool { return x == y || x[0]^32 == y[0] }), cf)
	g := slices.Grow([]int{1, 2}, 10)
	fmt.Println(g, len(g), cap(g) >= 12)
	fmt.Println(slices.Grow([]int(nil), 0) == nil, cap(slices.Grow([]int(nil), 3)) >= 3)
	try("Grow negative", func() { slices.Grow([]int{}, -1) })
	cl := slices.Clip(g)
	fmt.Println(cl, len(cl), cap(cl), slices.Clip([]int(nil)) == nil)
	rv := Names{"a", "b", "c", "d"}
	slices.Reverse(rv)
	fmt.Println(rv)
	slices.Reverse([]int{})
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Concat(Names{"a"}, Names{"b"}), slices.Concat([]int(nil), []int{}) == nil)
	cc := slices.Concat([]int{1}, []int{2})
	fmt.Println(len(cc), cap(cc) >= 2)
}
`},
	{"Maps", `package main

import (
	"fmt"
	"maps"
	"math"
	"strings"
)

type Ages map[string]int

func main() {
	a := Ages{"x": 1, "y": 2}
	fmt.Println(maps.Equal(a, Ages{"y": 2, "x": 1}), maps.Equal(a, map[string]int{"x": 1}), maps.Equal(a, Ages{"x": 1, "y": 3}))
	fmt.Println(maps.Equal(map[int]int{}, map[int]int(nil)))
	nan := map[string]float64{"n": math.NaN()}
	fmt.Println(maps.Equal(nan, nan))
	fmt.Println(maps.EqualFunc(a, map[string]string{"x": "1", "y": "2"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	fmt.Println(maps.EqualFunc(a, map[string]string{"x": "1", "z": "2"}, func(v int, s string) bool { return true }))
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
	c := maps.Clone(a)
	c["z"] = 3
	fmt.Println(a, c, maps.Clone(Ages(nil)) == nil, maps.Clone(Ages{}) == nil)
	maps.Copy(a, map[string]int{"y": 20, "q": 7})
	fmt.Println(a)
	maps.Copy(a, Ages(nil))
	fmt.Println(len(a))
	maps.DeleteFunc(a, func(k string, v int) bool { return v > 5 })
	fmt.Println(a)
	maps.DeleteFunc(a, func(string, int) bool { return true })
	fmt.Println(a, len(a))
	var none Ages
	maps.DeleteFunc(none, func(string, int) bool { return true })
	fmt.Println(none == nil)
}
`},
	{"CmpOr", `package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Order struct {
	Product  string
	Customer string
	Price    float64
}

func main() {
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x", "y"), cmp.Or(0, 0), cmp.Or(2, 0))
	orders := []Order{
		{"foo", "alice", 1.00},
		{"bar", "bob", 3.00},
		{"baz", "carol", 4.00},
		{"foo", "alice", 2.00},
		{"bar", "carol", 1.00},
		{"foo", "bob", 4.00},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			strings.Compare(a.Customer, b.Customer),
			strings.Compare(a.Product, b.Product),
			cmp.Compare(b.Price, a.Price),
		)
	})
	for _, o := range orders {
		fmt.Println(o)
	}
}
`},
}
