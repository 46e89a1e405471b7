package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Interval[T cmp.Ordered] struct {
	Start, End T
}

func (iv Interval[T]) Overlaps(o Interval[T]) bool {
	return iv.Start < o.End && o.Start < iv.End
}

type Feature struct {
	Interval[int]
	Name   string
	Strand byte
}

func (f Feature) String() string {
	return fmt.Sprintf("%s[%d-%d]%c", f.Name, f.Start, f.End, f.Strand)
}

type Annotation struct {
	features []Feature
}

func (a *Annotation) Add(fs ...Feature) {
	a.features = append(a.features, fs...)
	slices.SortFunc(a.features, func(x, y Feature) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End), cmp.Compare(x.Name, y.Name))
	})
}

// Overlapping yields features overlapping the query, in start order.
func (a *Annotation) Overlapping(q Interval[int]) iter.Seq[Feature] {
	return func(yield func(Feature) bool) {
		for _, f := range a.features {
			if f.Start >= q.End {
				return
			}
			if f.Overlaps(q) && !yield(f) {
				return
			}
		}
	}
}

func (a *Annotation) Strand(s byte) iter.Seq2[int, Feature] {
	return func(yield func(int, Feature) bool) {
		n := 0
		for _, f := range a.features {
			if f.Strand == s {
				if !yield(n, f) {
					return
				}
				n++
			}
		}
	}
}

func Merge[T cmp.Ordered](ivs []Interval[T]) []Interval[T] {
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval[T]) int { return cmp.Compare(a.Start, b.Start) })
	var out []Interval[T]
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, iv.End)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func main() {
	var ann Annotation
	ann.Add(
		Feature{Interval[int]{1200, 3400}, "geneB", '-'},
		Feature{Interval[int]{100, 900}, "geneA", '+'},
		Feature{Interval[int]{3000, 5200}, "geneC", '+'},
		Feature{Interval[int]{4800, 6100}, "geneD", '-'},
		Feature{Interval[int]{7000, 7600}, "tRNA1", '+'},
		Feature{Interval[int]{850, 1300}, "promX", '+'},
	)
	fmt.Println("features:", ann.features)
	for _, q := range []Interval[int]{{800, 1250}, {3300, 5000}, {6200, 6900}, {0, 10000}} {
		fmt.Printf("query %+v ->", q)
		for f := range ann.Overlapping(q) {
			fmt.Printf(" %v", f)
		}
		fmt.Println()
	}
	for i, f := range ann.Strand('-') {
		fmt.Printf("minus #%d: %+v\n", i, f)
	}
	var ivs []Interval[int]
	for _, f := range ann.features {
		ivs = append(ivs, f.Interval)
	}
	merged := Merge(ivs)
	covered := 0
	for _, m := range merged {
		covered += m.End - m.Start
	}
	fmt.Printf("merged: %v covered=%d bp\n", merged, covered)
	fl := Merge([]Interval[float64]{{0.5, 1.5}, {1.2, 2.0}, {3.0, 3.25}})
	fmt.Printf("float merge: %v %T\n", fl, fl)
	sm := Merge([]Interval[string]{{"chr1", "chr3"}, {"chr2", "chr5"}, {"chrX", "chrY"}})
	fmt.Printf("string merge: %q\n", sm)
	first := slices.Collect(ann.Overlapping(Interval[int]{0, 2000}))
	fmt.Println("collected:", len(first), first)
}
