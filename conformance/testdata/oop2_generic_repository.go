package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entity interface {
	GetID() int
	Validate() error
}

var ErrNotFound = errors.New("not found")

type Repository[T Entity] struct {
	name  string
	items map[int]T
}

func NewRepository[T Entity](name string) *Repository[T] {
	return &Repository[T]{name: name, items: make(map[int]T)}
}

func (r *Repository[T]) Save(item T) error {
	if err := item.Validate(); err != nil {
		return fmt.Errorf("%s: save %d: %w", r.name, item.GetID(), err)
	}
	r.items[item.GetID()] = item
	return nil
}

func (r *Repository[T]) Find(id int) (T, error) {
	item, ok := r.items[id]
	if !ok {
		return *new(T), fmt.Errorf("%s %d: %w", r.name, id, ErrNotFound)
	}
	return item, nil
}

func (r *Repository[T]) All() []T {
	out := make([]T, 0, len(r.items))
	for _, v := range r.items {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].GetID() < out[j].GetID() })
	return out
}

func (r *Repository[T]) Where(pred func(T) bool) (out []T) {
	for _, v := range r.All() {
		if pred(v) {
			out = append(out, v)
		}
	}
	return out
}

func (r *Repository[T]) Delete(id int) bool {
	_, ok := r.items[id]
	delete(r.items, id)
	return ok
}

func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

type User struct {
	ID    int
	Email string
	Admin bool
}

func (u User) GetID() int { return u.ID }
func (u User) Validate() error {
	if !strings.Contains(u.Email, "@") {
		return fmt.Errorf("invalid email %q", u.Email)
	}
	return nil
}

type Product struct {
	ID    int
	Name  string
	Price float64
}

func (p *Product) GetID() int { return p.ID }
func (p *Product) Validate() error {
	if p.Price <= 0 {
		return errors.New("price must be positive")
	}
	return nil
}

func main() {
	users := NewRepository[User]("users")
	for _, u := range []User{{3, "cy@x.io", false}, {1, "ann@x.io", true}, {2, "bob", false}, {4, "di@x.io", true}} {
		if err := users.Save(u); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("all users: %+v\n", users.All())
	admins := users.Where(func(u User) bool { return u.Admin })
	fmt.Println("admin emails:", Map(admins, func(u User) string { return u.Email }))

	products := NewRepository[*Product]("products")
	for _, p := range []*Product{{10, "lamp", 19.5}, {11, "desk", 120}, {12, "ghost", 0}} {
		if err := products.Save(p); err != nil {
			fmt.Println("error:", err)
		}
	}
	if p, err := products.Find(11); err == nil {
		p.Price *= 0.9 // pointer entity: update is visible in the repository
	}
	for _, p := range products.All() {
		fmt.Printf("product %d %-5s %.2f\n", p.ID, p.Name, p.Price)
	}
	_, err := products.Find(99)
	fmt.Println("find 99:", err, errors.Is(err, ErrNotFound))
	fmt.Println("delete 3:", users.Delete(3), "again:", users.Delete(3))
	ids := Map(users.All(), User.GetID)
	fmt.Printf("remaining ids %v of type %T\n", ids, users)
}
