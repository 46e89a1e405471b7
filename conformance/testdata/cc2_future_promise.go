package main

import (
	"errors"
	"fmt"
	"strings"
)

// Future is a value that will be available later. The result is delivered
// once over a channel and then cached, so Get may be called many times.
type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](fn func() (T, error)) *Future[T] {
	f := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(f.done)
		f.val, f.err = fn()
	}()
	return f
}

func (f *Future[T]) Get() (T, error) {
	<-f.done
	return f.val, f.err
}

// Then chains a computation onto a future without blocking the caller.
func Then[T, U any](f *Future[T], fn func(T) (U, error)) *Future[U] {
	return Async(func() (U, error) {
		v, err := f.Get()
		if err != nil {
			var zero U
			return zero, fmt.Errorf("upstream: %w", err)
		}
		return fn(v)
	})
}

// All waits for every future and returns values in input order.
func All[T any](fs ...*Future[T]) ([]T, error) {
	out := make([]T, len(fs))
	for i, f := range fs {
		v, err := f.Get()
		if err != nil {
			return nil, fmt.Errorf("future %d: %w", i, err)
		}
		out[i] = v
	}
	return out, nil
}

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func countPrimes(limit int) int {
	sieve := make([]bool, limit+1)
	count := 0
	for i := 2; i <= limit; i++ {
		if !sieve[i] {
			count++
			for j := i * i; j <= limit; j += i {
				sieve[j] = true
			}
		}
	}
	return count
}

var errNegative = errors.New("negative input")

func main() {
	fibs := make([]*Future[int], 8)
	for i := range fibs {
		n := i * 5
		fibs[i] = Async(func() (int, error) { return fib(n), nil })
	}
	vals, err := All(fibs...)
	fmt.Println("fibs:", vals, err)

	primes := Async(func() (int, error) { return countPrimes(5000), nil })
	doubled := Then(primes, func(n int) (int, error) { return n * 2, nil })
	label := Then(doubled, func(n int) (string, error) {
		return strings.Repeat("*", n/100) + fmt.Sprint(n), nil
	})
	p, _ := primes.Get()
	d, _ := doubled.Get()
	l, _ := label.Get()
	fmt.Println("primes below 5000:", p)
	fmt.Println("doubled:", d)
	fmt.Println("label:", l)
	p2, _ := primes.Get()
	fmt.Println("second get same value:", p2 == p)

	sqrt := func(x int) *Future[int] {
		return Async(func() (int, error) {
			if x < 0 {
				return 0, errNegative
			}
			r := 0
			for (r+1)*(r+1) <= x {
				r++
			}
			return r, nil
		})
	}
	roots, err := All(sqrt(16), sqrt(99), sqrt(144))
	fmt.Println("roots:", roots, err)
	_, err = All(sqrt(4), sqrt(-9), sqrt(25))
	fmt.Println("error:", err)
	fmt.Println("is errNegative:", errors.Is(err, errNegative))

	chained := Then(sqrt(-1), func(n int) (int, error) { return n + 1, nil })
	_, err = chained.Get()
	fmt.Println("chained error:", err)
	fmt.Println("chained is errNegative:", errors.Is(err, errNegative))
}
