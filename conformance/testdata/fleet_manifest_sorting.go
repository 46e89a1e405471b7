package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Parcel struct {
	Tracking string
	Dest     string
	Priority int // 1 = urgent
	WeightKg float64
}

type byWeight []Parcel

func (b byWeight) Len() int           { return len(b) }
func (b byWeight) Less(i, j int) bool { return b[i].WeightKg < b[j].WeightKg }
func (b byWeight) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func printAll(title string, ps []Parcel) {
	fmt.Println("--", title)
	for _, p := range ps {
		fmt.Printf("   %-7s %-9s p%d %5.1f kg\n", p.Tracking, p.Dest, p.Priority, p.WeightKg)
	}
}

func main() {
	manifest := []Parcel{
		{"P-311", "Lyon", 2, 4.2},
		{"P-102", "Nantes", 1, 12.0},
		{"P-207", "Lyon", 3, 0.9},
		{"P-415", "Bordeaux", 1, 3.3},
		{"P-118", "Nantes", 2, 7.7},
		{"P-509", "Lyon", 1, 2.1},
	}

	sorted := slices.Clone(manifest)
	slices.SortFunc(sorted, func(a, b Parcel) int {
		return cmp.Or(
			cmp.Compare(a.Priority, b.Priority),
			strings.Compare(a.Dest, b.Dest),
			cmp.Compare(b.WeightKg, a.WeightKg),
		)
	})
	printAll("by priority, destination, heaviest first", sorted)

	w := slices.Clone(manifest)
	sort.Sort(byWeight(w))
	printAll("by weight (sort.Interface)", w)

	byDest := make(map[string][]string)
	weightByDest := make(map[string]float64)
	for _, p := range manifest {
		byDest[p.Dest] = append(byDest[p.Dest], p.Tracking)
		weightByDest[p.Dest] += p.WeightKg
	}
	dests := make([]string, 0, len(byDest))
	for d := range byDest {
		dests = append(dests, d)
	}
	sort.Strings(dests)
	fmt.Println("-- grouped by destination")
	for _, d := range dests {
		ids := byDest[d]
		slices.Sort(ids)
		fmt.Printf("   %-9s %-22s %5.1f kg\n", d, strings.Join(ids, ","), weightByDest[d])
	}

	// Binary search over the sorted tracking numbers.
	ids := make([]string, len(manifest))
	for i, p := range manifest {
		ids[i] = p.Tracking
	}
	slices.Sort(ids)
	for _, q := range []string{"P-207", "P-300"} {
		i, found := slices.BinarySearch(ids, q)
		fmt.Printf("search %s: index=%d found=%t\n", q, i, found)
	}

	heaviest := slices.MaxFunc(manifest, func(a, b Parcel) int { return cmp.Compare(a.WeightKg, b.WeightKg) })
	fmt.Println("heaviest:", heaviest.Tracking)
	idx := slices.IndexFunc(manifest, func(p Parcel) bool { return p.Dest == "Bordeaux" })
	fmt.Println("first Bordeaux parcel at index", idx)

	stable := slices.Clone(manifest)
	slices.SortStableFunc(stable, func(a, b Parcel) int { return strings.Compare(a.Dest, b.Dest) })
	for _, p := range stable {
		fmt.Print(p.Tracking, " ")
	}
	fmt.Println("(stable by destination)")
	fmt.Println("is sorted:", slices.IsSortedFunc(stable, func(a, b Parcel) int { return strings.Compare(a.Dest, b.Dest) }))
}
