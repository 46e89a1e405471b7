package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

var (
	ErrNotFound      = errors.New("not found")
	ErrAlreadyExists = errors.New("already exists")
)

type Entity[K comparable] interface{ Key() K }

type Repo[K comparable, T Entity[K]] struct{ items map[K]T }

func NewRepo[K comparable, T Entity[K]]() *Repo[K, T] {
	return &Repo[K, T]{items: make(map[K]T)}
}

func (r *Repo[K, T]) Create(item T) error {
	k := item.Key()
	if _, ok := r.items[k]; ok {
		return fmt.Errorf("create %v: %w", k, ErrAlreadyExists)
	}
	r.items[k] = item
	return nil
}

func (r *Repo[K, T]) Get(k K) (T, error) {
	item, ok := r.items[k]
	if !ok {
		var zero T
		return zero, fmt.Errorf("get %v: %w", k, ErrNotFound)
	}
	return item, nil
}

func (r *Repo[K, T]) Update(k K, fn func(*T)) error {
	item, err := r.Get(k)
	if err != nil {
		return fmt.Errorf("update: %w", err)
	}
	fn(&item)
	r.items[k] = item
	return nil
}

func (r *Repo[K, T]) Delete(k K) error {
	if _, ok := r.items[k]; !ok {
		return fmt.Errorf("delete %v: %w", k, ErrNotFound)
	}
	delete(r.items, k)
	return nil
}

func (r *Repo[K, T]) List(compare func(a, b T) int) []T {
	return slices.SortedFunc(maps.Values(r.items), compare)
}

type Book struct {
	ISBN, Title string
	Stock       int
}

func (b Book) Key() string { return b.ISBN }

func main() {
	repo := NewRepo[string, Book]()
	books := []Book{
		{"978-0", "The Go Programming Language", 3}, {"978-1", "Concurrency in Go", 1},
		{"978-0", "Duplicate", 9}, {"978-2", "Learning Go", 0},
	}
	for _, b := range books {
		if err := repo.Create(b); err != nil {
			fmt.Println("error:", err, "| exists?", errors.Is(err, ErrAlreadyExists))
		}
	}
	b, err := repo.Get("978-1")
	fmt.Printf("got %+v err=%v\n", b, err)
	b, err = repo.Get("999")
	fmt.Printf("got %+v err=%v notfound=%t\n", b, err, errors.Is(err, ErrNotFound))
	err = repo.Update("978-2", func(b *Book) { b.Stock += 5 })
	fmt.Println("update 978-2:", err)
	err = repo.Update("000", func(b *Book) { b.Stock = 1 })
	fmt.Println("update 000:", err, errors.Is(err, ErrNotFound), errors.Unwrap(err) != nil)
	fmt.Println("delete 978-0:", repo.Delete("978-0"))
	fmt.Println("delete 978-0 again:", repo.Delete("978-0"))
	for _, b := range repo.List(func(a, b Book) int { return cmp.Compare(a.Title, b.Title) }) {
		fmt.Printf("%q stock=%d\n", b.Title, b.Stock)
	}
	fmt.Printf("%T\n", repo)
}
