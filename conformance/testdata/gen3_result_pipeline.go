package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](err error) Result[T] { return Result[T]{err: err} }

func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }
func (r Result[T]) IsOk() bool         { return r.err == nil }

func (r Result[T]) OrElse(def T) T {
	if r.err != nil {
		return def
	}
	return r.val
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	u, err := f(r.val)
	if err != nil {
		return Err[U](err)
	}
	return Ok(u)
}

type Option[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Option[T] { return Option[T]{v: v, ok: true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.v, o.ok }

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func ToOption[T any](r Result[T]) Option[T] {
	if v, err := r.Unwrap(); err == nil {
		return Some(v)
	}
	return None[T]()
}

type LineItem struct {
	SKU string
	Qty int
}

var errEmpty = errors.New("empty line")

func parseLine(s string) (LineItem, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return LineItem{}, errEmpty
	}
	sku, qty, ok := strings.Cut(s, "x")
	if !ok {
		return LineItem{}, fmt.Errorf("missing quantity in %q", s)
	}
	n, err := strconv.Atoi(qty)
	if err != nil {
		return LineItem{}, fmt.Errorf("bad quantity %q", qty)
	}
	return LineItem{SKU: sku, Qty: n}, nil
}

var prices = map[string]int{"A": 250, "B": 1200, "C": 75}

func price(li LineItem) (int, error) {
	p, ok := prices[li.SKU]
	if !ok {
		return 0, fmt.Errorf("unknown sku %s", li.SKU)
	}
	if li.Qty <= 0 {
		return 0, fmt.Errorf("non-positive qty %d", li.Qty)
	}
	return p * li.Qty, nil
}

func main() {
	inputs := []string{"Ax3", "Bx1", " ", "Dx2", "C", "Cx0", "Cxq", "Cx4"}
	total := 0
	var found []Option[LineItem]
	for _, in := range inputs {
		item := Then(Ok(in), parseLine)
		cost := Then(item, price)
		found = append(found, ToOption(item))
		total += cost.OrElse(0)
		fmt.Printf("%-6q item=%v cost=%v\n", in, item, cost)
		if errors.Is(item.err, errEmpty) {
			fmt.Println("       (skipped blank line)")
		}
	}
	fmt.Printf("total cents: %d\n", total)
	fmt.Printf("options: %v\n", found)
	var r Result[int] = Err[int](errors.New("boom"))
	fmt.Printf("%T %v ok=%t orElse=%d\n", r, r, r.IsOk(), r.OrElse(-1))
	fmt.Printf("%T %v\n", None[string](), None[string]())
}
