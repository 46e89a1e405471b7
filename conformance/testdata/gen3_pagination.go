package main

import (
	"fmt"
	"iter"
	"strings"
)

type Page[T any] struct {
	Items  []T
	Number int
	Size   int
	Total  int
}

func (p Page[T]) Pages() int    { return (p.Total + p.Size - 1) / p.Size }
func (p Page[T]) HasNext() bool { return p.Number < p.Pages() }

func (p Page[T]) String() string {
	return fmt.Sprintf("page %d/%d (%d of %d) %v", p.Number, p.Pages(), len(p.Items), p.Total, p.Items)
}

func Paginate[T any](all []T, size, number int) (Page[T], error) {
	if size <= 0 {
		return Page[T]{}, fmt.Errorf("invalid page size %d", size)
	}
	p := Page[T]{Number: number, Size: size, Total: len(all)}
	if number < 1 || (number > p.Pages() && len(all) > 0) {
		return p, fmt.Errorf("page %d out of range 1..%d", number, p.Pages())
	}
	start := (number - 1) * size
	end := min(start+size, len(all))
	p.Items = all[start:end]
	return p, nil
}

func MapPage[T, U any](p Page[T], f func(T) U) Page[U] {
	out := Page[U]{Number: p.Number, Size: p.Size, Total: p.Total, Items: make([]U, len(p.Items))}
	for i, v := range p.Items {
		out.Items[i] = f(v)
	}
	return out
}

func AllPages[T any](all []T, size int) iter.Seq[Page[T]] {
	return func(yield func(Page[T]) bool) {
		for n := 1; ; n++ {
			p, err := Paginate(all, size, n)
			if err != nil || !yield(p) || !p.HasNext() {
				return
			}
		}
	}
}

type Article struct {
	ID    int
	Title string
}

func main() {
	var articles []Article
	for i, t := range strings.Fields("go generics iterators maps slices channels errors context testing") {
		articles = append(articles, Article{ID: i + 1, Title: t})
	}
	p, err := Paginate(articles, 4, 2)
	fmt.Printf("%T err=%v\n", p, err)
	fmt.Printf("%+v\n", p.Items)
	titles := MapPage(p, func(a Article) string { return strings.ToUpper(a.Title) })
	fmt.Printf("%T %v next=%t\n", titles, titles, titles.HasNext())

	for page := range AllPages(articles, 3) {
		ids := MapPage(page, func(a Article) int { return a.ID })
		fmt.Println(ids)
	}
	for _, tc := range []struct{ size, n int }{{4, 3}, {4, 4}, {0, 1}, {10, 0}} {
		p, err := Paginate(articles, tc.size, tc.n)
		if err != nil {
			fmt.Printf("size=%d n=%d error: %v\n", tc.size, tc.n, err)
			continue
		}
		fmt.Printf("size=%d n=%d -> %v\n", tc.size, tc.n, MapPage(p, func(a Article) string { return a.Title }))
	}
	var none []float64
	for page := range AllPages(none, 5) {
		fmt.Printf("empty: %v items=%d\n", page, len(page.Items))
	}
	count := 0
	for range AllPages(articles, 2) {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("stopped after", count, "pages")
}
