package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

// KeysByValue orders keys by descending value, breaking ties by key.
func KeysByValue[M ~map[K]V, K cmp.Ordered, V cmp.Ordered](m M) []K {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b))
	})
	return keys
}

func Invert[K, V comparable](m map[K]V) map[V][]K {
	out := make(map[V][]K, len(m))
	for k, v := range m {
		out[v] = append(out[v], k)
	}
	return out
}

func Merge[M ~map[K]V, K comparable, V any](dst M, srcs ...M) M {
	out := maps.Clone(dst)
	for _, s := range srcs {
		maps.Copy(out, s)
	}
	return out
}

type Config struct {
	Host    string
	Port    int
	Timeout int
}

func withDefaults(c Config) Config {
	return Config{
		Host:    cmp.Or(c.Host, "localhost"),
		Port:    cmp.Or(c.Port, 8080),
		Timeout: cmp.Or(c.Timeout, 30),
	}
}

func main() {
	stock := Inventory{"pear": 4, "apple": 12, "fig": 4, "mango": 0, "banana": 7}
	fmt.Println("keys:", SortedKeys(stock))
	fmt.Println("by count:", KeysByValue(stock))
	fmt.Printf("%v %T\n", stock, stock)

	restock := Inventory{"mango": 10, "kiwi": 3}
	merged := Merge(stock, restock, Inventory{"fig": 1})
	fmt.Println("merged:", merged)
	fmt.Println("original untouched:", stock["mango"], stock["fig"], len(stock))

	clone := maps.Clone(stock)
	maps.DeleteFunc(clone, func(_ string, n int) bool { return n == 0 })
	fmt.Println("in stock:", SortedKeys(clone), "equal to original?", maps.Equal(clone, stock))

	inv := Invert(stock)
	for _, n := range SortedKeys(inv) {
		names := inv[n]
		slices.Sort(names)
		fmt.Printf("  %2d -> %s\n", n, strings.Join(names, ","))
	}

	ages := map[string]int{"zoe": 31, "al": 45, "bea": 31}
	oldest := slices.MaxFunc(SortedKeys(ages), func(a, b string) int { return cmp.Compare(ages[a], ages[b]) })
	fmt.Println("oldest:", oldest, "min age:", slices.Min(slices.Collect(maps.Values(ages))))

	for _, c := range []Config{{}, {Host: "db.internal"}, {Port: 5432, Timeout: 5}} {
		fmt.Printf("%+v\n", withDefaults(c))
	}
	fmt.Printf("%#v\n", withDefaults(Config{Host: "x"}))
	fmt.Println("first non-empty:", cmp.Or("", "", "fallback", "other"))
}
