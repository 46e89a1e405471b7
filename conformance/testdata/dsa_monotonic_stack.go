package main

import "fmt"

// nextGreater returns, for each element, the next strictly greater value or -1.
func nextGreater(a []int) []int {
	res := make([]int, len(a))
	var stack []int
	for i := len(a) - 1; i >= 0; i-- {
		for len(stack) > 0 && stack[len(stack)-1] <= a[i] {
			stack = stack[:len(stack)-1]
		}
		res[i] = -1
		if len(stack) > 0 {
			res[i] = stack[len(stack)-1]
		}
		stack = append(stack, a[i])
	}
	return res
}

func dailyTemperatures(t []int) []int {
	wait := make([]int, len(t))
	var idx []int
	for i, v := range t {
		for len(idx) > 0 && t[idx[len(idx)-1]] < v {
			j := idx[len(idx)-1]
			idx = idx[:len(idx)-1]
			wait[j] = i - j
		}
		idx = append(idx, i)
	}
	return wait
}

// largestRectangle returns the max area and the [l, r] bar range.
func largestRectangle(h []int) (best, left, right int) {
	var st []int
	for i := 0; i <= len(h); i++ {
		cur := 0
		if i < len(h) {
			cur = h[i]
		}
		for len(st) > 0 && h[st[len(st)-1]] >= cur {
			top := st[len(st)-1]
			st = st[:len(st)-1]
			l := 0
			if len(st) > 0 {
				l = st[len(st)-1] + 1
			}
			if area := h[top] * (i - l); area > best {
				best, left, right = area, l, i-1
			}
		}
		st = append(st, i)
	}
	return
}

func slidingMax(a []int, k int) []int {
	var dq, out []int
	for i, v := range a {
		if len(dq) > 0 && dq[0] <= i-k {
			dq = dq[1:]
		}
		for len(dq) > 0 && a[dq[len(dq)-1]] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if i >= k-1 {
			out = append(out, a[dq[0]])
		}
	}
	return out
}

func trapWater(h []int) int {
	water := 0
	var st []int
	for i, v := range h {
		for len(st) > 0 && h[st[len(st)-1]] < v {
			bottom := st[len(st)-1]
			st = st[:len(st)-1]
			if len(st) == 0 {
				break
			}
			l := st[len(st)-1]
			water += (min(h[l], v) - h[bottom]) * (i - l - 1)
		}
		st = append(st, i)
	}
	return water
}

func removeKDigits(num string, k int) string {
	st := []byte{}
	for i := 0; i < len(num); i++ {
		for k > 0 && len(st) > 0 && st[len(st)-1] > num[i] {
			st = st[:len(st)-1]
			k--
		}
		st = append(st, num[i])
	}
	st = st[:len(st)-k]
	for len(st) > 1 && st[0] == '0' {
		st = st[1:]
	}
	if len(st) == 0 {
		return "0"
	}
	return string(st)
}

func main() {
	a := []int{2, 7, 3, 5, 4, 6, 8, 1}
	fmt.Printf("array:        %v\n", a)
	fmt.Printf("next greater: %v\n", nextGreater(a))
	temps := []int{73, 74, 75, 71, 69, 72, 76, 73}
	fmt.Printf("temps: %v\nwait:  %v\n", temps, dailyTemperatures(temps))
	for _, h := range [][]int{{2, 1, 5, 6, 2, 3}, {2, 4}, {6, 2, 5, 4, 5, 1, 6}} {
		area, l, r := largestRectangle(h)
		fmt.Printf("histogram %-16v area=%2d bars[%d..%d]\n", fmt.Sprint(h), area, l, r)
	}
	nums := []int{1, 3, -1, -3, 5, 3, 6, 7}
	for k := 1; k <= 4; k++ {
		fmt.Printf("window k=%d max=%v\n", k, slidingMax(nums, k))
	}
	fmt.Println("trapped water:", trapWater([]int{0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}))
	fmt.Println("trapped water:", trapWater([]int{4, 2, 0, 3, 2, 5}))
	for _, c := range []struct {
		num string
		k   int
	}{{"1432219", 3}, {"10200", 1}, {"10", 2}, {"112", 1}} {
		fmt.Printf("removeK(%q,%d) = %q\n", c.num, c.k, removeKDigits(c.num, c.k))
	}
}
