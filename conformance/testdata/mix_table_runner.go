package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type T struct {
	failed bool
	logs   []string
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.logs = append(t.logs, fmt.Sprintf(format, args...))
}

func (t *T) Fatalf(format string, args ...any) {
	t.Errorf(format, args...)
	panic(fatal{})
}

type fatal struct{}

func Run(name string, f func(t *T)) (ok bool) {
	t := &T{}
	defer func() {
		if r := recover(); r != nil && r != any(fatal{}) {
			t.Errorf("panic: %v", r)
		}
		status := "PASS"
		if t.failed {
			status = "FAIL"
		}
		fmt.Printf("--- %s: %s\n", status, name)
		for _, l := range t.logs {
			fmt.Printf("    %s\n", l)
		}
		ok = !t.failed
	}()
	f(t)
	return
}

// Functions under test (one has a deliberate bug).
func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func Average(xs []int) float64 {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum / len(xs)) // bug: integer division
}

func main() {
	tally := map[bool]int{}
	record := func(ok bool) { tally[ok]++ }
	for _, tc := range []struct{ in, want string }{{"abc", "cba"}, {"", ""}, {"héllo", "olléh"}, {"ab", "ab"}} {
		record(Run("Reverse/"+strconv.Quote(tc.in), func(t *T) {
			if got := Reverse(tc.in); got != tc.want {
				t.Errorf("Reverse(%q) = %q, want %q", tc.in, got, tc.want)
			}
		}))
	}
	for _, tc := range []struct {
		in   []int
		want float64
	}{{[]int{2, 4}, 3}, {[]int{1, 2}, 1.5}, {nil, 0}} {
		record(Run(fmt.Sprintf("Average/%v", tc.in), func(t *T) {
			if got := Average(tc.in); got != tc.want {
				t.Errorf("Average(%v) = %.2f, want %.2f", tc.in, got, tc.want)
			}
		}))
	}
	record(Run("Atoi/fatal", func(t *T) {
		_, err := strconv.Atoi("12a")
		var ne *strconv.NumError
		if !errors.As(err, &ne) {
			t.Errorf("expected NumError")
		}
		t.Fatalf("stop here: %v (func=%s)", ne.Err, ne.Func)
		t.Errorf("unreachable")
	}))
	fmt.Println(strings.Repeat("=", 20))
	fmt.Printf("%d passed, %d failed\n", tally[true], tally[false])
}
