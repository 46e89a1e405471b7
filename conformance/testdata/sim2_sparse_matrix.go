package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type key struct{ r, c int }

// Sparse stores only non-zero entries of a rows x cols matrix.
type Sparse[T Number] struct {
	rows, cols int
	data       map[key]T
}

func New[T Number](rows, cols int) *Sparse[T] {
	return &Sparse[T]{rows: rows, cols: cols, data: map[key]T{}}
}

func (m *Sparse[T]) Set(r, c int, v T) {
	if v == 0 {
		delete(m.data, key{r, c})
		return
	}
	m.data[key{r, c}] = v
}

func (m *Sparse[T]) Get(r, c int) T { return m.data[key{r, c}] }

func (m *Sparse[T]) NNZ() int { return len(m.data) }

// Entries returns the non-zero positions in row-major order.
func (m *Sparse[T]) Entries() []key {
	keys := make([]key, 0, len(m.data))
	for k := range m.data {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.r, b.r), cmp.Compare(a.c, b.c))
	})
	return keys
}

func (m *Sparse[T]) Transpose() *Sparse[T] {
	t := New[T](m.cols, m.rows)
	for k, v := range m.data {
		t.Set(k.c, k.r, v)
	}
	return t
}

func (m *Sparse[T]) Mul(o *Sparse[T]) (*Sparse[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	byRow := map[int][]key{}
	for k := range o.data {
		byRow[k.r] = append(byRow[k.r], k)
	}
	out := New[T](m.rows, o.cols)
	for k, a := range m.data {
		for _, ok := range byRow[k.c] {
			out.Set(k.r, ok.c, out.Get(k.r, ok.c)+a*o.data[ok])
		}
	}
	return out, nil
}

func (m *Sparse[T]) String() string {
	var sb strings.Builder
	for r := 0; r < m.rows; r++ {
		for c := 0; c < m.cols; c++ {
			if c > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%4v", m.Get(r, c))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := New[int](5, 6)
	for i := 0; i < 5; i++ {
		a.Set(i, i, i+1)
		a.Set(i, (i*3+2)%6, -(i + 2))
	}
	a.Set(4, 4, 0) // storing zero removes the entry
	fmt.Printf("A (%d non-zeros):\n%v", a.NNZ(), a)
	fmt.Print("entries:")
	for _, k := range a.Entries() {
		fmt.Printf(" (%d,%d)=%d", k.r, k.c, a.Get(k.r, k.c))
	}
	fmt.Println()

	ata, err := a.Transpose().Mul(a)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("A^T A (%d non-zeros):\n%v", ata.NNZ(), ata)
	if _, err := a.Mul(a); err != nil {
		fmt.Println("error:", err)
	}

	// A path graph adjacency matrix; powers count walks of a given length.
	adj := New[int64](6, 6)
	for i := 0; i+1 < 6; i++ {
		adj.Set(i, i+1, 1)
		adj.Set(i+1, i, 1)
	}
	p := adj
	for n := 2; n <= 6; n++ {
		p, _ = p.Mul(adj)
		fmt.Printf("walks of length %d: 0->5 %d, 2->2 %d, nnz %d\n", n, p.Get(0, 5), p.Get(2, 2), p.NNZ())
	}
}
