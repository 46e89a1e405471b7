package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type ID interface {
	~int | ~string
}

// Entity is anything that knows its own key.
type Entity[K ID] interface {
	Key() K
}

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate key")

type Repo[K ID, T Entity[K]] struct {
	name  string
	items map[K]T
}

func NewRepo[K ID, T Entity[K]](name string) *Repo[K, T] {
	return &Repo[K, T]{name: name, items: make(map[K]T)}
}

func (r *Repo[K, T]) Insert(v T) error {
	if _, ok := r.items[v.Key()]; ok {
		return fmt.Errorf("%s insert %v: %w", r.name, v.Key(), ErrDuplicate)
	}
	r.items[v.Key()] = v
	return nil
}

func (r *Repo[K, T]) Get(k K) (T, error) {
	v, ok := r.items[k]
	if !ok {
		var zero T
		return zero, fmt.Errorf("%s get %v: %w", r.name, k, ErrNotFound)
	}
	return v, nil
}

// All returns the items sorted by key so output is stable.
func (r *Repo[K, T]) All() []T {
	keys := make([]K, 0, len(r.items))
	for k := range r.items {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]T, 0, len(keys))
	for _, k := range keys {
		out = append(out, r.items[k])
	}
	return out
}

func (r *Repo[K, T]) Where(pred func(T) bool) []T {
	var out []T
	for _, v := range r.All() {
		if pred(v) {
			out = append(out, v)
		}
	}
	return out
}

type ProductID string
type CustomerID int

type Product struct {
	SKU   ProductID
	Name  string
	Price int
}

func (p Product) Key() ProductID { return p.SKU }

type Customer struct {
	ID   CustomerID
	Name string
	VIP  bool
}

func (c Customer) Key() CustomerID { return c.ID }

func SumBy[T any, N cmp.Ordered](items []T, f func(T) N) N {
	var total N
	for _, it := range items {
		total += f(it)
	}
	return total
}

func main() {
	products := NewRepo[ProductID, Product]("products")
	for _, p := range []Product{
		{"SOAP-LAV", "Lavender Soap", 650},
		{"CANDLE-1", "Beeswax Candle", 1200},
		{"BATH-SLT", "Bath Salts", 899},
		{"SOAP-LAV", "Lavender Soap (dup)", 700},
	} {
		if err := products.Insert(p); err != nil {
			fmt.Println("warn:", err, "| duplicate?", errors.Is(err, ErrDuplicate))
		}
	}

	customers := NewRepo[CustomerID, Customer]("customers")
	_ = customers.Insert(Customer{3, "Ola", true})
	_ = customers.Insert(Customer{1, "Ben", false})
	_ = customers.Insert(Customer{2, "Kai", true})

	for _, p := range products.All() {
		fmt.Printf("%-9s %-15s %5d\n", p.SKU, p.Name, p.Price)
	}
	fmt.Println("catalog value:", SumBy(products.All(), func(p Product) int { return p.Price }))

	cheap := products.Where(func(p Product) bool { return p.Price < 1000 })
	fmt.Println("under 1000 cents:", len(cheap))

	for _, c := range customers.Where(func(c Customer) bool { return c.VIP }) {
		fmt.Printf("VIP customer %d: %s\n", c.ID, c.Name)
	}

	if _, err := customers.Get(9); errors.Is(err, ErrNotFound) {
		fmt.Println("lookup failed:", err)
	}
	if c, err := customers.Get(1); err == nil {
		fmt.Println("found:", c.Name)
	}
}
