package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
)

var ErrNotFound = errors.New("key not found")

type treapNode[K cmp.Ordered] struct {
	key         K
	prio        uint32
	left, right *treapNode[K]
}

type Treap[K cmp.Ordered] struct {
	root *treapNode[K]
	rng  *rand.Rand
	n    int
}

func NewTreap[K cmp.Ordered](seed uint64) *Treap[K] {
	return &Treap[K]{rng: rand.New(rand.NewPCG(seed, seed*31+7))}
}

// split divides n into keys < k and keys >= k.
func split[K cmp.Ordered](n *treapNode[K], k K) (l, r *treapNode[K]) {
	if n == nil {
		return nil, nil
	}
	if n.key < k {
		n.right, r = split(n.right, k)
		return n, r
	}
	l, n.left = split(n.left, k)
	return l, n
}

func merge[K cmp.Ordered](a, b *treapNode[K]) *treapNode[K] {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if a.prio > b.prio {
		a.right = merge(a.right, b)
		return a
	}
	b.left = merge(a, b.left)
	return b
}

func (t *Treap[K]) Contains(k K) bool {
	for n := t.root; n != nil; {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return true
		}
	}
	return false
}

func (t *Treap[K]) Insert(k K) {
	if t.Contains(k) {
		return
	}
	l, r := split(t.root, k)
	node := &treapNode[K]{key: k, prio: t.rng.Uint32() % 1000}
	t.root = merge(merge(l, node), r)
	t.n++
}

func remove[K cmp.Ordered](n *treapNode[K], k K) *treapNode[K] {
	switch {
	case k < n.key:
		n.left = remove(n.left, k)
	case k > n.key:
		n.right = remove(n.right, k)
	default:
		return merge(n.left, n.right)
	}
	return n
}

func (t *Treap[K]) Delete(k K) error {
	if !t.Contains(k) {
		return fmt.Errorf("delete %v: %w", k, ErrNotFound)
	}
	t.root = remove(t.root, k)
	t.n--
	return nil
}

func (t *Treap[K]) All() iter.Seq[K] {
	return func(yield func(K) bool) {
		var walk func(n *treapNode[K]) bool
		walk = func(n *treapNode[K]) bool {
			return n == nil || (walk(n.left) && yield(n.key) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *Treap[K]) print(sb *strings.Builder, n *treapNode[K], depth int) {
	if n == nil {
		return
	}
	t.print(sb, n.right, depth+1)
	fmt.Fprintf(sb, "%s%v(%d)\n", strings.Repeat("   ", depth), n.key, n.prio)
	t.print(sb, n.left, depth+1)
}

func (t *Treap[K]) String() string {
	var sb strings.Builder
	t.print(&sb, t.root, 0)
	return sb.String()
}

func main() {
	t := NewTreap[int](42)
	for _, k := range []int{50, 20, 80, 10, 30, 70, 90, 60, 40} {
		t.Insert(k)
	}
	fmt.Printf("size=%d\n%v", t.n, t)
	for _, k := range []int{20, 55, 80} {
		if err := t.Delete(k); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNotFound))
		} else {
			fmt.Println("deleted", k)
		}
	}
	var keys []string
	for k := range t.All() {
		keys = append(keys, fmt.Sprint(k))
	}
	fmt.Printf("size=%d keys=%s\n%v", t.n, strings.Join(keys, ","), t)
}
