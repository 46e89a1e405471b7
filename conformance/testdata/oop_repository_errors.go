package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate")

type ValidationError struct {
	Field, Reason string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %s", e.Field, e.Reason)
}

type Product struct {
	SKU, Name string
	Price     int
}

type ProductRepo struct{ items map[string]Product }

func validate(p Product) error {
	switch {
	case len(p.SKU) != 6:
		return &ValidationError{"SKU", fmt.Sprintf("want 6 chars, got %d", len(p.SKU))}
	case strings.TrimSpace(p.Name) == "":
		return &ValidationError{"Name", "must not be blank"}
	case p.Price <= 0:
		return &ValidationError{"Price", "must be positive"}
	}
	return nil
}

func (r *ProductRepo) Create(p Product) error {
	if err := validate(p); err != nil {
		return fmt.Errorf("create %q: %w", p.SKU, err)
	}
	if _, ok := r.items[p.SKU]; ok {
		return fmt.Errorf("create %q: %w", p.SKU, ErrDuplicate)
	}
	r.items[p.SKU] = p
	return nil
}

func (r *ProductRepo) Get(sku string) (Product, error) {
	if p, ok := r.items[sku]; ok {
		return p, nil
	}
	return Product{}, fmt.Errorf("get %q: %w", sku, ErrNotFound)
}

func (r *ProductRepo) Delete(sku string) error {
	if _, ok := r.items[sku]; !ok {
		return fmt.Errorf("delete %q: %w", sku, ErrNotFound)
	}
	delete(r.items, sku)
	return nil
}

func describe(err error) string {
	var ve *ValidationError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNotFound):
		return "404: " + err.Error()
	case errors.Is(err, ErrDuplicate):
		return "409: " + err.Error()
	case errors.As(err, &ve):
		return fmt.Sprintf("422 field=%s reason=%q", ve.Field, ve.Reason)
	}
	return "500: " + err.Error()
}

func main() {
	repo := &ProductRepo{items: map[string]Product{}}
	inputs := []Product{
		{"AB-001", "Widget", 499}, {"AB-002", "Gadget", 1299}, {"AB-001", "Widget v2", 599},
		{"X1", "Tiny", 100}, {"AB-003", "  ", 100}, {"AB-004", "Free thing", 0},
	}
	for _, p := range inputs {
		fmt.Println(describe(repo.Create(p)))
	}
	p, err := repo.Get("AB-002")
	fmt.Printf("%+v %v\n", p, err)
	_, err = repo.Get("ZZ-999")
	fmt.Println(describe(err), errors.Is(err, ErrNotFound))
	fmt.Println(describe(repo.Delete("AB-001")), describe(repo.Delete("AB-001")))
	fmt.Println(repo.items)
	err = repo.Create(Product{"bad", "x", 1})
	var ve *ValidationError
	ok := errors.As(err, &ve)
	fmt.Printf("%v | %T | %t %+v\n", err, errors.Unwrap(err), ok, *ve)
}
