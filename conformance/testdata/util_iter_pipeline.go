package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

// Enumerate pairs each element with its index.
func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// Naturals is infinite; consumers must stop it.
func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Record struct {
	Host   string
	Status int
	Bytes  int
}

const logs = `web1 200 512
web2 404 0
web1 500 128
web3 200 2048
web2 200 1024
web1 301 64
web3 503 0`

func parseRecords(s string) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for line := range strings.Lines(s) {
			var r Record
			if _, err := fmt.Sscan(line, &r.Host, &r.Status, &r.Bytes); err != nil {
				continue
			}
			if !yield(r) {
				return
			}
		}
	}
}

func main() {
	squares := Map(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), func(n int) int { return n * n })
	fmt.Println("first 5 squares of multiples of 3:", slices.Collect(Take(squares, 5)))

	errorsOnly := Filter(parseRecords(logs), func(r Record) bool { return r.Status >= 400 })
	for i, r := range Enumerate(errorsOnly) {
		fmt.Printf("error #%d: %s returned %d\n", i+1, r.Host, r.Status)
	}

	bytesByHost := map[string]int{}
	for r := range parseRecords(logs) {
		bytesByHost[r.Host] += r.Bytes
	}
	for _, h := range slices.Sorted(maps.Keys(bytesByHost)) {
		fmt.Printf("%s: %d bytes\n", h, bytesByHost[h])
	}

	hosts := slices.Collect(Map(parseRecords(logs), func(r Record) string { return r.Host }))
	slices.Sort(hosts)
	fmt.Println("unique hosts:", slices.Compact(hosts))

	var parts []string
	for i, w := range slices.Backward(strings.Fields("one two three")) {
		parts = append(parts, fmt.Sprintf("%d:%s", i, w))
	}
	fmt.Println("backward:", strings.Join(parts, " "))

	next, stop := iter.Pull(Take(Naturals(), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
}
