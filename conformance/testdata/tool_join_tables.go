// Command tool_join_tables is like Unix "join" (inner, left and full outer
// joins on a key column) plus a "comm"-style listing of keys.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Row struct {
	Key    string
	Fields []string
}

type Table []Row

func parse(s string) Table {
	var t Table
	for line := range strings.Lines(s) {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		t = append(t, Row{f[0], f[1:]})
	}
	slices.SortStableFunc(t, func(a, b Row) int { return strings.Compare(a.Key, b.Key) })
	return t
}

// Keys yields the key of every row, in order.
func (t Table) Keys() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, r := range t {
			if !yield(r.Key) {
				return
			}
		}
	}
}

// index groups rows by key, preserving order.
func (t Table) index() map[string][]Row {
	m := make(map[string][]Row)
	for _, r := range t {
		m[r.Key] = append(m[r.Key], r)
	}
	return m
}

type Kind int

const (
	Inner Kind = iota
	LeftOuter
	FullOuter
)

func (k Kind) String() string { return [...]string{"inner", "left", "full"}[k] }

func join(a, b Table, kind Kind, fill string) []string {
	ai, bi := a.index(), b.index()
	keys := slices.Collect(a.Keys())
	if kind == FullOuter {
		keys = slices.AppendSeq(keys, b.Keys())
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	blankA, blankB := []string{fill, fill}, []string{fill}
	var out []string
	for _, k := range keys {
		left, right := ai[k], bi[k]
		if len(right) == 0 && kind == Inner {
			continue
		}
		if len(left) == 0 {
			left = []Row{{k, blankA}}
		}
		if len(right) == 0 {
			right = []Row{{k, blankB}}
		}
		for _, l := range left {
			for _, r := range right {
				out = append(out, k+" "+strings.Join(l.Fields, " ")+" "+strings.Join(r.Fields, " "))
			}
		}
	}
	return out
}

const employees = `e03 carol  dev
e01 alice  sales
e02 bob    dev
e05 erin   ops
e04 dave   ops`

const badges = `e02 B-7731
e01 B-1204
e02 B-7732
e06 B-9000`

func main() {
	emp, bad := parse(employees), parse(badges)
	for _, kind := range []Kind{Inner, LeftOuter, FullOuter} {
		fmt.Printf("join (%v):\n", kind)
		for _, line := range join(emp, bad, kind, "-") {
			fmt.Printf("  %s\n", line)
		}
	}
	fmt.Println("comm (only-employees | only-badges | both):")
	ei, bi := emp.index(), bad.index()
	all := slices.AppendSeq(slices.Collect(emp.Keys()), bad.Keys())
	slices.Sort(all)
	indent := map[[2]bool]string{{true, false}: "", {false, true}: "\t", {true, true}: "\t\t"}
	for _, k := range slices.Compact(all) {
		fmt.Printf("%s%s\n", indent[[2]bool{len(ei[k]) > 0, len(bi[k]) > 0}], k)
	}
}
