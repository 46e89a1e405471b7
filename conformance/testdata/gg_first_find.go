package main

import (
	"fmt"
	"strings"
)

type User struct {
	ID    int
	Name  string
	Admin bool
}

// First returns the first element matching pred.
func First[T any](xs []T, pred func(T) bool) (T, bool) {
	for _, x := range xs {
		if pred(x) {
			return x, true
		}
	}
	var zero T
	return zero, false
}

// Find returns the element and its index.
func Find[T any](xs []T, pred func(T) bool) (T, int, bool) {
	for i, x := range xs {
		if pred(x) {
			return x, i, true
		}
	}
	var zero T
	return zero, -1, false
}

// Last returns the last element matching pred.
func Last[T any](xs []T, pred func(T) bool) (T, bool) {
	for i := len(xs) - 1; i >= 0; i-- {
		if pred(xs[i]) {
			return xs[i], true
		}
	}
	var zero T
	return zero, false
}

// FindAdmin is a non-generic wrapper that returns a generic call directly.
func FindAdmin(users []User) (User, int, bool) {
	return Find(users, func(u User) bool { return u.Admin })
}

func FindByName(users []User, name string) (User, bool) {
	return First(users, func(u User) bool { return strings.EqualFold(u.Name, name) })
}

func firstLong(words []string) (string, bool) {
	return First(words, func(s string) bool { return len(s) > 5 })
}

func main() {
	users := []User{
		{1, "alice", false},
		{2, "bob", true},
		{3, "carol", false},
		{4, "dave", true},
	}

	u, i, ok := FindAdmin(users)
	fmt.Printf("admin: %+v at %d (%v)\n", u, i, ok)

	u2, ok2 := FindByName(users, "CAROL")
	fmt.Printf("by name: %+v %v\n", u2, ok2)

	u3, ok3 := FindByName(users, "eve")
	fmt.Printf("missing: %+v %v\n", u3, ok3)

	last, ok4 := Last(users, func(u User) bool { return u.Admin })
	fmt.Println("last admin:", last.Name, ok4)

	nums := []int{3, 8, 15, 4, 42, 7}
	even, ok5 := First(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("first even:", even, ok5)

	big, idx, ok6 := Find(nums, func(n int) bool { return n > 100 })
	fmt.Println("first > 100:", big, idx, ok6)

	words := strings.Fields("go is a small language with generics")
	w, ok7 := firstLong(words)
	fmt.Printf("first long word: %q %v\n", w, ok7)

	if v, ok := First([]float64{1.5, 2.25, 3.75}, func(f float64) bool { return f > 2 }); ok {
		fmt.Printf("first float > 2: %5.2f\n", v)
	}

	type pt struct{ X, Y int }
	p, _, found := Find([]pt{{0, 0}, {1, 2}, {3, 3}}, func(p pt) bool { return p.X == p.Y && p.X > 0 })
	fmt.Printf("diag point: %+v found=%t type=%T\n", p, found, p)
}
