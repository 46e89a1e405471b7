package main

import (
	"fmt"
	"sort"
)

// d.get(key, default)
func get[K comparable, V any](m map[K]V, k K, def V) V {
	if v, ok := m[k]; ok {
		return v
	}
	return def
}

// d.setdefault(key, default)
func setDefault[K comparable, V any](m map[K]V, k K, def V) V {
	if v, ok := m[k]; ok {
		return v
	}
	m[k] = def
	return def
}

// d.pop(key, default)
func pop[K comparable, V any](m map[K]V, k K, def V) V {
	v, ok := m[k]
	if !ok {
		return def
	}
	delete(m, k)
	return v
}

func main() {
	stock := map[string]int{"apples": 5, "pears": 0, "plums": 12}

	for _, k := range []string{"apples", "pears", "kiwis"} {
		v, ok := stock[k]
		fmt.Printf("stock[%q] -> %d, present=%v\n", k, v, ok)
	}
	// zero value vs missing: pears is 0 but present
	fmt.Println("get pears:", get(stock, "pears", -1), "get kiwis:", get(stock, "kiwis", -1))

	// `if key in d`
	if _, ok := stock["plums"]; ok {
		fmt.Println("plums in stock")
	}
	if _, ok := stock["grapes"]; !ok {
		fmt.Println("grapes not in stock")
	}

	fmt.Println("setdefault:", setDefault(stock, "kiwis", 3), setDefault(stock, "apples", 99))
	fmt.Println("pop:", pop(stock, "pears", -1), pop(stock, "pears", -1))
	fmt.Println("len:", len(stock))

	names := map[int]string{1: "one", 2: "two"}
	for i := range 4 {
		name, ok := names[i]
		if !ok {
			name = "<missing>"
		}
		fmt.Printf("%d: %s (%v)\n", i, name, ok)
	}

	// nil map: reads work, writes panic
	var nilMap map[string]float64
	v, ok := nilMap["x"]
	fmt.Println("nil map read:", v, ok, len(nilMap))
	fmt.Println("get from nil:", get(nilMap, "x", 1.5))

	// dict.update and dict merge (|)
	a := map[string]int{"x": 1, "y": 2}
	b := map[string]int{"y": 20, "z": 30}
	merged := map[string]int{}
	for _, m := range []map[string]int{a, b} {
		for k, v := range m {
			merged[k] = v
		}
	}
	fmt.Println("merged:", merged)

	// iterate items sorted like sorted(d.items())
	keys := make([]string, 0, len(stock))
	for k := range stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("(%q, %d)\n", k, stock[k])
	}
	// value-type map entries cannot be modified in place
	type box struct{ n int }
	boxes := map[string]box{"a": {1}}
	bx := boxes["a"]
	bx.n++
	boxes["a"] = bx
	fmt.Printf("%+v %+v\n", boxes["a"], get(boxes, "zz", box{-1}))
}
