package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	stock := map[string]int{
		"apples":   12,
		"bananas":  0,
		"cherries": 250,
		"dates":    7,
	}
	fmt.Println("stock:", stock)

	keys := slices.Collect(maps.Keys(stock))
	slices.Sort(keys)
	fmt.Println("keys:", keys)

	values := slices.Sorted(maps.Values(stock))
	fmt.Println("values:", values)

	backup := maps.Clone(stock)
	backup["apples"] = 0
	fmt.Println("original apples:", stock["apples"], "clone apples:", backup["apples"])
	fmt.Println("equal?", maps.Equal(stock, backup))

	maps.DeleteFunc(backup, func(k string, v int) bool { return v == 0 })
	fmt.Println("after DeleteFunc:", backup, len(backup))

	upper := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range maps.All(stock) {
			if !yield(strings.ToUpper(k), v*2) {
				return
			}
		}
	})
	fmt.Println("collected:", upper)

	pairs := []string{"a=1", "b=2", "c=3"}
	fromSeq := maps.Collect(func(yield func(string, string) bool) {
		for _, p := range pairs {
			k, v, _ := strings.Cut(p, "=")
			if !yield(k, v) {
				return
			}
		}
	})
	fmt.Printf("%q\n", fromSeq)

	indexed := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println("from slices.All:", indexed)

	dst := map[string]int{"apples": 1, "figs": 3}
	maps.Copy(dst, map[string]int{"apples": 100, "grapes": 5})
	fmt.Println("copy:", dst)

	inserted := map[string]int{}
	maps.Insert(inserted, maps.All(dst))
	fmt.Println("insert:", inserted, maps.EqualFunc(inserted, dst, func(a, b int) bool { return a == b }))

	total := 0
	for _, v := range maps.All(stock) {
		total += v
	}
	fmt.Println("total stock:", total)

	if n, ok := stock["elderberries"]; !ok {
		fmt.Println("no elderberries, zero value:", n)
	}
	delete(stock, "dates")
	clear(backup)
	fmt.Println(len(stock), len(backup), stock)
}
