package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Entity interface{ ID() int }

var ErrNotFound = errors.New("not found")

type Repo[T Entity] struct {
	items map[int]T
	saves int
}

func NewRepo[T Entity]() *Repo[T] {
	return &Repo[T]{items: make(map[int]T)}
}

func (r *Repo[T]) Save(v T) (created bool) {
	_, exists := r.items[v.ID()]
	r.items[v.ID()] = v
	r.saves++
	return !exists
}

func (r *Repo[T]) Get(id int) (T, error) {
	v, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("%T %d: %w", zero, id, ErrNotFound)
	}
	return v, nil
}

func (r *Repo[T]) Delete(id int) bool {
	if _, ok := r.items[id]; !ok {
		return false
	}
	delete(r.items, id)
	return true
}

func (r *Repo[T]) Find(pred func(T) bool) []T {
	var out []T
	for _, id := range slices.Sorted(maps.Keys(r.items)) {
		if v := r.items[id]; pred(v) {
			out = append(out, v)
		}
	}
	return out
}

func (r *Repo[T]) Len() int { return len(r.items) }

type User struct {
	UID  int
	Name string
	Age  int
}

func (u User) ID() int { return u.UID }

type Product struct {
	SKU   int
	Title string
	Price float64
}

func (p Product) ID() int        { return p.SKU }
func (p Product) String() string { return fmt.Sprintf("%s($%.2f)", p.Title, p.Price) }

func All[T any](T) bool { return true }

func main() {
	users := NewRepo[User]()
	for _, u := range []User{{3, "carol", 41}, {1, "alice", 30}, {2, "bob", 17}, {1, "alice", 31}} {
		fmt.Printf("save %+v created=%t\n", u, users.Save(u))
	}
	products := NewRepo[Product]()
	products.Save(Product{SKU: 501, Title: "lamp", Price: 19.99})
	products.Save(Product{SKU: 502, Title: "desk", Price: 149})
	products.Save(Product{SKU: 499, Title: "pen", Price: 1.5})

	adults := users.Find(func(u User) bool { return u.Age >= 18 })
	fmt.Printf("adults: %+v\n", adults)
	cheap := products.Find(func(p Product) bool { return p.Price < 20 })
	fmt.Printf("cheap: %v\n", cheap)
	fmt.Printf("all products: %v\n", products.Find(All[Product]))

	if u, err := users.Get(1); err == nil {
		fmt.Printf("got %+v\n", u)
	}
	if _, err := products.Get(42); err != nil {
		fmt.Println("error:", err, "| is NotFound:", errors.Is(err, ErrNotFound))
	}
	fmt.Println("delete 2:", users.Delete(2), "delete 2 again:", users.Delete(2))
	fmt.Printf("%T len=%d saves=%d\n", users, users.Len(), users.saves)
	fmt.Printf("%T len=%d saves=%d\n", products, products.Len(), products.saves)
}
