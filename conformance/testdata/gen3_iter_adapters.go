package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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
			if i++; i == n {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := next()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

type Temp struct {
	City string
	C    float64
}

func (t Temp) String() string { return fmt.Sprintf("%s:%.1fC", t.City, t.C) }

func main() {
	squares := Map(Naturals(), func(n int) int { return n * n })
	odd := Filter(squares, func(n int) bool { return n%2 == 1 })
	fmt.Println("first odd squares:", slices.Collect(Take(odd, 6)))

	words := slices.Values(strings.Fields("the quick brown fox jumps over the lazy dog"))
	long := Filter(words, func(s string) bool { return len(s) > 3 })
	for i, w := range Zip(Naturals(), long) {
		fmt.Printf("%d. %s\n", i, w)
	}

	temps := []Temp{{"Oslo", -3.5}, {"Rome", 14}, {"Cairo", 24.5}, {"Lima", 18}, {"Nuuk", -9}}
	warm := Filter(slices.Values(temps), func(t Temp) bool { return t.C > 0 })
	fahrenheit := Map(warm, func(t Temp) string {
		return fmt.Sprintf("%s=%.1fF", t.City, t.C*9/5+32)
	})
	for s := range fahrenheit {
		fmt.Println(s)
	}
	total := Reduce(slices.Values(temps), 0.0, func(acc float64, t Temp) float64 { return acc + t.C })
	fmt.Printf("avg=%.2f\n", total/float64(len(temps)))

	labels := Map(slices.Values([]string{"a", "b", "c", "d"}), strings.ToUpper)
	for k, t := range Zip(labels, slices.Values(temps)) {
		fmt.Printf("%s -> %v\n", k, t)
	}
	fmt.Printf("%T\n", Zip(labels, Naturals()))
	fmt.Println("take 0:", slices.Collect(Take(Naturals(), 0)))
	joined := Reduce(Take(Map(Naturals(), func(n int) string { return fmt.Sprint(n * 3) }), 5), "",
		func(acc, s string) string { return acc + "," + s })
	fmt.Println("multiples of 3:", strings.TrimPrefix(joined, ","))
}
