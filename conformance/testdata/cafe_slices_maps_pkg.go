package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Bean struct {
	Origin string
	Roast  string
	Score  int
	Kilos  float64
}

func main() {
	beans := []Bean{
		{"Ethiopia", "light", 91, 12.5},
		{"Colombia", "medium", 87, 30},
		{"Brazil", "dark", 84, 45},
		{"Kenya", "light", 90, 8},
		{"Guatemala", "medium", 87, 15},
		{"Sumatra", "dark", 85, 20},
	}

	slices.SortFunc(beans, func(a, b Bean) int {
		return cmp.Or(
			-cmp.Compare(a.Score, b.Score),
			strings.Compare(a.Origin, b.Origin),
		)
	})
	for _, b := range beans {
		fmt.Printf("%-10s %-6s %d %5.1fkg\n", b.Origin, b.Roast, b.Score, b.Kilos)
	}

	best := slices.MaxFunc(beans, func(a, b Bean) int { return cmp.Compare(a.Kilos, b.Kilos) })
	fmt.Println("largest stock:", best.Origin)

	idx := slices.IndexFunc(beans, func(b Bean) bool { return b.Roast == "dark" })
	fmt.Println("first dark roast in ranking:", idx, beans[idx].Origin)
	fmt.Println("any score below 85:", slices.ContainsFunc(beans, func(b Bean) bool { return b.Score < 85 }))

	byRoast := map[string][]string{}
	for _, b := range beans {
		byRoast[b.Roast] = append(byRoast[b.Roast], b.Origin)
	}
	for _, roast := range slices.Sorted(maps.Keys(byRoast)) {
		origins := slices.Clone(byRoast[roast])
		slices.Sort(origins)
		fmt.Printf("%s: %s\n", roast, strings.Join(origins, ", "))
	}

	scores := make([]int, 0, len(beans))
	for _, b := range beans {
		scores = append(scores, b.Score)
	}
	slices.Sort(scores)
	fmt.Println("scores:", scores, "compact:", slices.Compact(slices.Clone(scores)))
	pos, found := slices.BinarySearch(scores, 87)
	fmt.Println("binary search 87:", pos, found)
	fmt.Println("reversed:", func() []int { s := slices.Clone(scores); slices.Reverse(s); return s }())

	prices := map[string]int{"small": 300, "medium": 375, "large": 450}
	copyPrices := maps.Clone(prices)
	copyPrices["large"] = 500
	fmt.Println("maps equal after edit:", maps.Equal(prices, copyPrices))
	maps.DeleteFunc(copyPrices, func(k string, v int) bool { return v < 350 })
	fmt.Println("sizes left:", slices.Sorted(maps.Keys(copyPrices)))

	fields := strings.Fields("  double   shot  oat   latte ")
	fmt.Printf("%q\n", fields)
	fmt.Println(strings.ToUpper(fields[0][:1])+fields[0][1:], strings.Count("espresso", "s"))
	fmt.Println(strings.ReplaceAll("decaf-decaf-latte", "decaf", "regular"), strings.TrimSuffix("mocha.json", ".json"))
	before, after, ok := strings.Cut("size=large", "=")
	fmt.Println(before, after, ok, strings.EqualFold("LATTE", "latte"))
}
