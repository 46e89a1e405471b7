package main

import (
	"errors"
	"fmt"
)

// SegTree supports adding a value to a range and querying range sums
// and range minimums, using lazy propagation.
type SegTree struct {
	n    int
	sum  []int
	min  []int
	lazy []int
}

var ErrRange = errors.New("invalid range")

func NewSegTree(data []int) *SegTree {
	n := len(data)
	t := &SegTree{n: n, sum: make([]int, 4*n), min: make([]int, 4*n), lazy: make([]int, 4*n)}
	t.build(1, 0, n-1, data)
	return t
}

func (t *SegTree) build(node, lo, hi int, data []int) {
	if lo == hi {
		t.sum[node], t.min[node] = data[lo], data[lo]
		return
	}
	mid := (lo + hi) / 2
	t.build(2*node, lo, mid, data)
	t.build(2*node+1, mid+1, hi, data)
	t.pull(node)
}

func (t *SegTree) pull(node int) {
	t.sum[node] = t.sum[2*node] + t.sum[2*node+1]
	t.min[node] = min(t.min[2*node], t.min[2*node+1])
}

func (t *SegTree) apply(node, lo, hi, v int) {
	t.sum[node] += v * (hi - lo + 1)
	t.min[node] += v
	t.lazy[node] += v
}

func (t *SegTree) push(node, lo, hi int) {
	if t.lazy[node] != 0 {
		mid := (lo + hi) / 2
		t.apply(2*node, lo, mid, t.lazy[node])
		t.apply(2*node+1, mid+1, hi, t.lazy[node])
		t.lazy[node] = 0
	}
}

func (t *SegTree) update(node, lo, hi, l, r, v int) {
	if r < lo || hi < l {
		return
	}
	if l <= lo && hi <= r {
		t.apply(node, lo, hi, v)
		return
	}
	t.push(node, lo, hi)
	mid := (lo + hi) / 2
	t.update(2*node, lo, mid, l, r, v)
	t.update(2*node+1, mid+1, hi, l, r, v)
	t.pull(node)
}

func (t *SegTree) query(node, lo, hi, l, r int) (sum, mn int) {
	if r < lo || hi < l {
		return 0, 1 << 62
	}
	if l <= lo && hi <= r {
		return t.sum[node], t.min[node]
	}
	t.push(node, lo, hi)
	mid := (lo + hi) / 2
	s1, m1 := t.query(2*node, lo, mid, l, r)
	s2, m2 := t.query(2*node+1, mid+1, hi, l, r)
	return s1 + s2, min(m1, m2)
}

func (t *SegTree) check(l, r int) error {
	if l < 0 || r >= t.n || l > r {
		return fmt.Errorf("[%d,%d] of size %d: %w", l, r, t.n, ErrRange)
	}
	return nil
}

func (t *SegTree) Add(l, r, v int) error {
	if err := t.check(l, r); err != nil {
		return err
	}
	t.update(1, 0, t.n-1, l, r, v)
	return nil
}

func (t *SegTree) Query(l, r int) (sum, mn int, err error) {
	if err := t.check(l, r); err != nil {
		return 0, 0, err
	}
	sum, mn = t.query(1, 0, t.n-1, l, r)
	return sum, mn, nil
}

func (t *SegTree) String() string {
	vals := make([]int, t.n)
	for i := range vals {
		vals[i], _, _ = t.Query(i, i)
	}
	return fmt.Sprint(vals)
}

func main() {
	t := NewSegTree([]int{5, 3, 8, 6, 1, 4, 7, 2})
	fmt.Println("initial:", t)
	ops := []struct{ l, r, v int }{{0, 3, 2}, {2, 6, -3}, {5, 7, 10}, {4, 9, 1}, {1, 1, -7}}
	for _, op := range ops {
		if err := t.Add(op.l, op.r, op.v); err != nil {
			fmt.Println("add error:", err)
			continue
		}
		fmt.Printf("add %+d to [%d,%d] -> %v\n", op.v, op.l, op.r, t)
	}
	for _, q := range [][2]int{{0, 7}, {2, 5}, {1, 1}, {6, 7}, {3, 2}} {
		s, m, err := t.Query(q[0], q[1])
		if err != nil {
			fmt.Println("query error:", err)
			continue
		}
		fmt.Printf("query [%d,%d]: sum=%d min=%d\n", q[0], q[1], s, m)
	}
}
