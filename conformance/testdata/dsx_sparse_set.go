package main

import (
	"fmt"
	"iter"
	"slices"
)

// SparseSet stores integers from [0, universe) with O(1) insert, delete,
// membership and clear. dense holds the members; sparse[v] is v's index in dense.
type SparseSet struct {
	dense  []uint32
	sparse []uint32
}

func NewSparseSet(universe int) *SparseSet {
	return &SparseSet{dense: make([]uint32, 0, universe), sparse: make([]uint32, universe)}
}

func (s *SparseSet) Len() int { return len(s.dense) }

func (s *SparseSet) Contains(v uint32) bool {
	if int(v) >= len(s.sparse) {
		return false
	}
	i := s.sparse[v]
	return int(i) < len(s.dense) && s.dense[i] == v
}

func (s *SparseSet) Add(v uint32) error {
	if int(v) >= len(s.sparse) {
		return fmt.Errorf("add %d: outside universe [0,%d)", v, len(s.sparse))
	}
	if s.Contains(v) {
		return nil
	}
	s.sparse[v] = uint32(len(s.dense))
	s.dense = append(s.dense, v)
	return nil
}

// Remove swaps v with the last member and shrinks dense.
func (s *SparseSet) Remove(v uint32) bool {
	if !s.Contains(v) {
		return false
	}
	i := s.sparse[v]
	last := s.dense[len(s.dense)-1]
	s.dense[i] = last
	s.sparse[last] = i
	s.dense = s.dense[:len(s.dense)-1]
	return true
}

// Clear is O(1): stale entries in sparse are ignored by Contains.
func (s *SparseSet) Clear() { s.dense = s.dense[:0] }

func (s *SparseSet) All() iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		for _, v := range s.dense {
			if !yield(v) {
				return
			}
		}
	}
}

func (s *SparseSet) Intersect(o *SparseSet) *SparseSet {
	small, big := s, o
	if big.Len() < small.Len() {
		small, big = big, small
	}
	out := NewSparseSet(len(s.sparse))
	for v := range small.All() {
		if big.Contains(v) {
			out.Add(v)
		}
	}
	return out
}

func (s *SparseSet) String() string {
	sorted := slices.Sorted(s.All())
	return fmt.Sprintf("%v (dense order %v)", sorted, s.dense)
}

func main() {
	s := NewSparseSet(16)
	for _, v := range []uint32{5, 3, 12, 7, 3, 0, 15, 16} {
		if err := s.Add(v); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("set:", s)
	for _, v := range []uint32{7, 3, 9} {
		fmt.Printf("remove %d: %v -> %v\n", v, s.Remove(v), s)
	}
	fmt.Println("contains 12:", s.Contains(12), "contains 7:", s.Contains(7), "contains 99:", s.Contains(99))

	evens, threes := NewSparseSet(16), NewSparseSet(16)
	for i := uint32(0); i < 16; i++ {
		if i%2 == 0 {
			evens.Add(i)
		}
		if i%3 == 0 {
			threes.Add(i)
		}
	}
	fmt.Println("evens∩threes:", evens.Intersect(threes))

	s.Clear()
	fmt.Println("after clear:", s, "len", s.Len(), "contains 5:", s.Contains(5))
	s.Add(9)
	fmt.Println("reuse:", s, "contains 5:", s.Contains(5))
}
