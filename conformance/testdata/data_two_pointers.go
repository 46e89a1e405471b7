package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func pairWithSum(sorted []int, target int) (int, int, bool) {
	i, j := 0, len(sorted)-1
	for i < j {
		switch s := sorted[i] + sorted[j]; {
		case s == target:
			return i, j, true
		case s < target:
			i++
		default:
			j--
		}
	}
	return -1, -1, false
}

func threeSum(nums []int) [][3]int {
	xs := slices.Sorted(slices.Values(nums))
	var out [][3]int
	for i := 0; i < len(xs)-2; i++ {
		if i > 0 && xs[i] == xs[i-1] {
			continue
		}
		lo, hi := i+1, len(xs)-1
		for lo < hi {
			sum := xs[i] + xs[lo] + xs[hi]
			switch {
			case sum < 0:
				lo++
			case sum > 0:
				hi--
			default:
				out = append(out, [3]int{xs[i], xs[lo], xs[hi]})
				for lo < hi && xs[lo] == xs[lo+1] {
					lo++
				}
				for lo < hi && xs[hi] == xs[hi-1] {
					hi--
				}
				lo++
				hi--
			}
		}
	}
	return out
}

// dedupe removes duplicates in place from a sorted slice.
func dedupe(xs []int) []int {
	if len(xs) == 0 {
		return xs
	}
	w := 1
	for r := 1; r < len(xs); r++ {
		if xs[r] != xs[w-1] {
			xs[w] = xs[r]
			w++
		}
	}
	return xs[:w]
}

func maxWater(h []int) (area, left, right int) {
	i, j := 0, len(h)-1
	for i < j {
		if a := (j - i) * min(h[i], h[j]); a > area {
			area, left, right = a, i, j
		}
		if h[i] < h[j] {
			i++
		} else {
			j--
		}
	}
	return
}

func isCleanPalindrome(s string) bool {
	rs := []rune(strings.ToLower(s))
	i, j := 0, len(rs)-1
	for i < j {
		for i < j && !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			i++
		}
		for i < j && !unicode.IsLetter(rs[j]) && !unicode.IsDigit(rs[j]) {
			j--
		}
		if rs[i] != rs[j] {
			return false
		}
		i, j = i+1, j-1
	}
	return true
}

// mergeInto merges b into a, which has spare room at the end, back to front.
func mergeInto(a []int, m int, b []int) {
	i, j, k := m-1, len(b)-1, m+len(b)-1
	for j >= 0 {
		if i >= 0 && a[i] > b[j] {
			a[k] = a[i]
			i--
		} else {
			a[k] = b[j]
			j--
		}
		k--
	}
}

func main() {
	sorted := []int{1, 3, 4, 6, 8, 11, 15}
	for _, t := range []int{10, 19, 2} {
		if i, j, ok := pairWithSum(sorted, t); ok {
			fmt.Printf("sum %2d: %d + %d (indices %d,%d)\n", t, sorted[i], sorted[j], i, j)
		} else {
			fmt.Printf("sum %2d: no pair\n", t)
		}
	}
	fmt.Println("three-sum zero:", threeSum([]int{-1, 0, 1, 2, -1, -4, 2, -2}))
	d := dedupe([]int{1, 1, 2, 3, 3, 3, 4, 7, 7})
	fmt.Printf("dedupe: %v len=%d\n", d, len(d))
	area, l, r := maxWater([]int{1, 8, 6, 2, 5, 4, 8, 3, 7})
	fmt.Printf("max water %d between walls %d and %d\n", area, l, r)
	for _, s := range []string{"Was it a car or a cat I saw?", "two pointers", "12321"} {
		fmt.Printf("%q palindrome: %t\n", s, isCleanPalindrome(s))
	}
	a := make([]int, 7)
	copy(a, []int{2, 5, 9, 12})
	mergeInto(a, 4, []int{1, 6, 10})
	fmt.Println("merged in place:", a)
}
