package main

import (
	"fmt"
	"strings"
)

type record struct {
	key  int
	name string
}

func countingSort(recs []record, maxKey int) []record {
	count := make([]int, maxKey+1)
	for _, r := range recs {
		count[r.key]++
	}
	for k := 1; k <= maxKey; k++ {
		count[k] += count[k-1]
	}
	out := make([]record, len(recs))
	for i := len(recs) - 1; i >= 0; i-- {
		r := recs[i]
		count[r.key]--
		out[count[r.key]] = r
	}
	return out
}

func radixSortLSD(xs []int, base int, trace func(pass int, xs []int)) []int {
	maxVal := 0
	for _, x := range xs {
		maxVal = max(maxVal, x)
	}
	cur := append([]int(nil), xs...)
	buf := make([]int, len(xs))
	pass := 0
	for exp := 1; maxVal/exp > 0; exp *= base {
		count := make([]int, base)
		for _, x := range cur {
			count[(x/exp)%base]++
		}
		for d := 1; d < base; d++ {
			count[d] += count[d-1]
		}
		for i := len(cur) - 1; i >= 0; i-- {
			d := (cur[i] / exp) % base
			count[d]--
			buf[count[d]] = cur[i]
		}
		cur, buf = buf, cur
		pass++
		if trace != nil {
			trace(pass, cur)
		}
	}
	return cur
}

func formatRecords(recs []record) string {
	parts := make([]string, len(recs))
	for i, r := range recs {
		parts[i] = fmt.Sprintf("%d:%s", r.key, r.name)
	}
	return strings.Join(parts, " ")
}

func main() {
	recs := []record{
		{3, "ann"}, {1, "bob"}, {4, "cat"}, {1, "dan"}, {5, "eve"},
		{2, "fay"}, {3, "gus"}, {0, "hal"}, {2, "ivy"}, {4, "joe"},
	}
	fmt.Println("before:", formatRecords(recs))
	sorted := countingSort(recs, 5)
	fmt.Println("after: ", formatRecords(sorted))
	stable := true
	for i := 1; i < len(sorted); i++ {
		if sorted[i].key == sorted[i-1].key && sorted[i].name < sorted[i-1].name {
			stable = false
		}
	}
	fmt.Println("stable:", stable)

	nums := []int{170, 45, 75, 90, 802, 24, 2, 66, 319, 7}
	fmt.Println("radix input:", nums)
	res := radixSortLSD(nums, 10, func(pass int, xs []int) {
		fmt.Printf("  base10 pass %d: %v\n", pass, xs)
	})
	fmt.Println("radix base 10:", res)

	passes := 0
	res16 := radixSortLSD(nums, 16, func(int, []int) { passes++ })
	fmt.Printf("radix base 16: %v (%d passes)\n", res16, passes)
	passes = 0
	res2 := radixSortLSD(nums, 2, func(int, []int) { passes++ })
	fmt.Printf("radix base 2: %v (%d passes)\n", res2, passes)
}
