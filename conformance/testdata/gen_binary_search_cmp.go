package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type SKU string
type Version int

func (s SKU) String() string { return "sku:" + strings.ToUpper(string(s)) }

// Search returns the index of target and whether it was found;
// when not found, the index is where it would be inserted.
func Search[T Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := lo + (hi-lo)/2
		switch cmp.Compare(xs[mid], target) {
		case -1:
			lo = mid + 1
		case 1:
			hi = mid
		default:
			return mid, true
		}
	}
	return lo, false
}

func SearchFunc[T, K any](xs []T, key K, compare func(T, K) int) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if compare(xs[mid], key) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && compare(xs[lo], key) == 0
}

func Insert[T Ordered](xs []T, v T) []T {
	i, found := Search(xs, v)
	if found {
		return xs
	}
	return slices.Insert(xs, i, v)
}

type Product struct {
	SKU   SKU
	Price float64
}

func main() {
	nums := []int{2, 3, 5, 7, 11, 13, 17, 19, 23}
	for _, t := range []int{2, 13, 23, 1, 12, 30} {
		i, ok := Search(nums, t)
		j, ok2 := slices.BinarySearch(nums, t)
		fmt.Printf("search %2d -> (%d, %t) stdlib agrees: %t\n", t, i, ok, i == j && ok == ok2)
	}

	var skus []SKU
	for _, s := range []SKU{"m-200", "a-100", "z-900", "c-300", "a-100", "b-150"} {
		skus = Insert(skus, s)
	}
	fmt.Printf("%v\n%q\n%T\n", skus, skus, skus)
	idx, ok := Search(skus, SKU("c-300"))
	fmt.Println("c-300 at", idx, ok, skus[idx])

	versions := []Version{1, 4, 9, 16}
	i, ok := Search(versions, 10)
	fmt.Printf("version 10 would go at %d (%t); %v\n", i, ok, Insert(versions, 10))

	fl := []float64{-1.5, 0, 2.25, 3.75}
	i, ok = Search(fl, 2.25)
	fmt.Println("float:", i, ok, cmp.Compare(2.25, 3.75), cmp.Less("b", "a"))

	products := []Product{{"a-100", 9.5}, {"b-150", 3}, {"m-200", 12}, {"z-900", 1}}
	for _, k := range []SKU{"m-200", "n-000"} {
		i, found := SearchFunc(products, k, func(p Product, k SKU) int { return cmp.Compare(p.SKU, k) })
		if found {
			fmt.Printf("%v found: %+v\n", k, products[i])
		} else {
			fmt.Printf("%v missing, insert at %d\n", k, i)
		}
	}
	fmt.Println(min(SKU("q"), SKU("b")), max(Version(3), 7))
}
