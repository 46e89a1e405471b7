package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

var ErrNotFound = errors.New("not registered")
var ErrDuplicate = errors.New("already registered")

// Registry maps names to values of any type.
type Registry[K comparable, V any] struct {
	name  string
	items map[K]V
}

func New[K comparable, V any](name string) *Registry[K, V] {
	return &Registry[K, V]{name: name, items: map[K]V{}}
}

func (r *Registry[K, V]) Register(k K, v V) error {
	if _, exists := r.items[k]; exists {
		return fmt.Errorf("%s: key %v: %w", r.name, k, ErrDuplicate)
	}
	r.items[k] = v
	return nil
}

func (r *Registry[K, V]) Lookup(k K) (V, error) {
	v, ok := r.items[k]
	if !ok {
		return v, fmt.Errorf("%s: key %v: %w", r.name, k, ErrNotFound)
	}
	return v, nil
}

func (r *Registry[K, V]) Len() int { return len(r.items) }

// SortedKeys works for any registry whose keys are ordered.
func SortedKeys[K interface {
	comparable
	~string | ~int
}, V any](r *Registry[K, V]) []K {
	return slices.Sorted(maps.Keys(r.items))
}

type Level int

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }
func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

var shapes = func() *Registry[string, func(float64) Shape] {
	r := New[string, func(float64) Shape]("shapes")
	_ = r.Register("square", func(x float64) Shape { return Square{x} })
	_ = r.Register("circle", func(x float64) Shape { return Circle{x} })
	return r
}()

func Build(kind string, size float64) (Shape, error) {
	ctor, err := shapes.Lookup(kind)
	if err != nil {
		return nil, err
	}
	return ctor(size), nil
}

func main() {
	fmt.Println("shape kinds:", SortedKeys(shapes))
	for _, k := range []string{"circle", "square", "hexagon"} {
		s, err := Build(k, 2)
		if err != nil {
			fmt.Println("error:", err, "| not found:", errors.Is(err, ErrNotFound))
			continue
		}
		fmt.Printf("%-7s area=%6.2f type=%T\n", s.Name(), s.Area(), s)
	}

	codes := New[int, string]("http")
	for code, text := range map[int]string{404: "Not Found", 200: "OK", 500: "Server Error"} {
		if err := codes.Register(code, text); err != nil {
			fmt.Println(err)
		}
	}
	err := codes.Register(200, "Okay")
	fmt.Println("dup:", err, errors.Is(err, ErrDuplicate))
	for _, c := range SortedKeys(codes) {
		t, _ := codes.Lookup(c)
		fmt.Printf("%d => %q\n", c, t)
	}
	_, err = codes.Lookup(418)
	fmt.Println(err)

	levels := New[Level, []string]("levels")
	_ = levels.Register(2, []string{"warn"})
	_ = levels.Register(1, []string{"info", "debug"})
	ks := SortedKeys(levels)
	slices.Reverse(ks)
	fmt.Printf("levels: %v len=%d type=%T\n", ks, levels.Len(), levels)
}
