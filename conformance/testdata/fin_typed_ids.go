package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// ID is a typed identifier: ID[Customer] and ID[Account] are distinct types.
type ID[T any] int64

func (id ID[T]) String() string {
	var zero T
	return fmt.Sprintf("%s#%04d", kindOf(any(zero)), int64(id))
}

func kindOf(v any) string {
	switch v.(type) {
	case Customer:
		return "cust"
	case Account:
		return "acct"
	case Payment:
		return "pay"
	}
	return "id"
}

type Customer struct {
	ID   ID[Customer]
	Name string
}

type Account struct {
	ID    ID[Account]
	Owner ID[Customer]
	Cents int64
}

type Payment struct {
	ID       ID[Payment]
	From, To ID[Account]
	Cents    int64
}

var ErrNotFound = errors.New("not found")

// Repo is a generic in-memory store keyed by typed IDs.
type Repo[T any] struct {
	next  ID[T]
	items map[ID[T]]T
}

func NewRepo[T any]() *Repo[T] { return &Repo[T]{next: 1, items: map[ID[T]]T{}} }

func (r *Repo[T]) Insert(build func(ID[T]) T) ID[T] {
	id := r.next
	r.next++
	r.items[id] = build(id)
	return id
}

func (r *Repo[T]) Get(id ID[T]) (T, error) {
	v, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("%v: %w", id, ErrNotFound)
	}
	return v, nil
}

func (r *Repo[T]) Update(id ID[T], f func(*T)) error {
	v, err := r.Get(id)
	if err != nil {
		return err
	}
	f(&v)
	r.items[id] = v
	return nil
}

// Sorted returns values ordered by key.
func (r *Repo[T]) Sorted() []T {
	keys := make([]ID[T], 0, len(r.items))
	for k := range r.items {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]T, len(keys))
	for i, k := range keys {
		out[i] = r.items[k]
	}
	return out
}

func SumBy[T any, N cmp.Ordered](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func main() {
	customers := NewRepo[Customer]()
	accounts := NewRepo[Account]()
	payments := NewRepo[Payment]()

	ada := customers.Insert(func(id ID[Customer]) Customer { return Customer{id, "Ada"} })
	bob := customers.Insert(func(id ID[Customer]) Customer { return Customer{id, "Bob"} })
	a1 := accounts.Insert(func(id ID[Account]) Account { return Account{id, ada, 150000} })
	a2 := accounts.Insert(func(id ID[Account]) Account { return Account{id, ada, 2500} })
	b1 := accounts.Insert(func(id ID[Account]) Account { return Account{id, bob, 90000} })

	pay := func(from, to ID[Account], cents int64) {
		// look up both sides before mutating anything
		for _, id := range []ID[Account]{from, to} {
			if _, err := accounts.Get(id); err != nil {
				fmt.Println("payment failed:", err)
				return
			}
		}
		accounts.Update(from, func(a *Account) { a.Cents -= cents })
		accounts.Update(to, func(a *Account) { a.Cents += cents })
		id := payments.Insert(func(id ID[Payment]) Payment { return Payment{id, from, to, cents} })
		fmt.Printf("%v: %v -> %v %d cents\n", id, from, to, cents)
	}
	pay(a1, b1, 42000)
	pay(b1, a2, 1500)
	pay(a2, ID[Account](99), 100)
	pay(a1, a2, 8000)

	for _, c := range customers.Sorted() {
		owned := slices.DeleteFunc(accounts.Sorted(), func(a Account) bool { return a.Owner != c.ID })
		total := SumBy(owned, func(a Account) int64 { return a.Cents })
		fmt.Printf("%v %-4s accounts=%d total=%d\n", c.ID, c.Name, len(owned), total)
		for _, a := range owned {
			fmt.Printf("    %v %d\n", a.ID, a.Cents)
		}
	}
	all := payments.Sorted()
	fmt.Println("payments:", len(all), "volume:", SumBy(all, func(p Payment) int64 { return p.Cents }))

	if _, err := customers.Get(ID[Customer](7)); errors.Is(err, ErrNotFound) {
		fmt.Println("lookup:", err)
	}
	// The raw numbers are equal but the types keep them apart.
	fmt.Println(int64(ada) == int64(a1), ada, a1, fmt.Sprintf("%T", a1))
}
