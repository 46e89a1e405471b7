package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Stage transforms a stream of In into a stream of Out.
type Stage[In, Out any] func(<-chan In) <-chan Out

func Map[In, Out any](f func(In) Out) Stage[In, Out] {
	return func(in <-chan In) <-chan Out {
		out := make(chan Out)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
}

func Filter[T any](keep func(T) bool) Stage[T, T] {
	return func(in <-chan T) <-chan T {
		out := make(chan T)
		go func() {
			defer close(out)
			for v := range in {
				if keep(v) {
					out <- v
				}
			}
		}()
		return out
	}
}

func Then[A, B, C any](s1 Stage[A, B], s2 Stage[B, C]) Stage[A, C] {
	return func(in <-chan A) <-chan C { return s2(s1(in)) }
}

func Source[T any](items ...T) <-chan T {
	out := make(chan T, len(items))
	for _, it := range items {
		out <- it
	}
	close(out)
	return out
}

func Collect[T any](in <-chan T) []T {
	var res []T
	for v := range in {
		res = append(res, v)
	}
	return res
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	parse := Map(func(s string) int {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return -1
		}
		return n
	})
	valid := Filter(func(n int) bool { return n >= 0 })
	square := Map(func(n int) int { return n * n })
	label := Map(func(n int) string { return "#" + strconv.Itoa(n) })

	full := Then(Then(Then(parse, valid), square), label)
	fmt.Println(Collect(full(Source(" 3", "x", "4", "-2", "10", "7 "))))

	toC := Map(func(f float64) Celsius { return Celsius((f - 32) * 5 / 9) })
	warm := Filter(func(c Celsius) bool { return c > 15 })
	temps := Collect(Then(toC, warm)(Source(32.0, 68.0, 50.0, 98.6, 212.0, 59.0)))
	fmt.Println(temps)

	var sum int
	for n := range Then(parse, valid)(Source("1", "2", "3", "four", "5")) {
		sum += n
	}
	fmt.Println("sum:", sum)
	fmt.Println("empty:", len(Collect(square(Source[int]()))))
}
