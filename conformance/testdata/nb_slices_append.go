package main

import "fmt"

type Stack struct {
	items []string
}

func (s *Stack) Push(v string) {
	s.items = append(s.items, v)
}

func (s *Stack) Pop() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func show(label string, s []int) {
	fmt.Printf("%-6s len=%d cap=%d %v\n", label, len(s), cap(s), s)
}

func main() {
	// Step 1: a nil slice
	var nums []int
	fmt.Println("step 1:", nums, len(nums), nums == nil)

	// Step 2: append grows it
	nums = append(nums, 1)
	nums = append(nums, 2, 3, 4)
	fmt.Println("step 2:", nums, len(nums))

	// Step 3: append another slice with ...
	more := []int{5, 6}
	nums = append(nums, more...)
	fmt.Println("step 3:", nums)

	// Step 4: make with a capacity
	buf := make([]int, 0, 8)
	show("buf", buf)
	for i := range 5 {
		buf = append(buf, i*i)
	}
	show("buf", buf)

	// Step 5: slicing
	mid := buf[1:4]
	show("mid", mid)

	// Step 6: slices share the backing array
	mid[0] = 100
	fmt.Println("step 6:", buf, mid)

	// Step 7: append inside the capacity overwrites the original
	mid = append(mid, -1)
	fmt.Println("step 7:", buf, mid)

	// Step 8: a full slice expression limits capacity
	safe := buf[1:3:3]
	show("safe", safe)
	safe = append(safe, 999)
	fmt.Println("step 8:", buf, safe)

	// Step 9: copy
	dst := make([]int, 3)
	n := copy(dst, buf)
	fmt.Println("step 9:", n, dst)

	// Step 10: copy moves min(len(dst), len(src)) elements
	small := make([]int, 6)
	n = copy(small, []int{7, 8})
	fmt.Println("step 10:", n, small)

	// Step 11: copy from a string into bytes
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println("step 11:", n, bs)

	// Step 12: remove the element at index 2
	letters := []string{"a", "b", "c", "d", "e"}
	letters = append(letters[:2], letters[3:]...)
	fmt.Println("step 12:", letters, len(letters))

	// Step 13: insert at index 1
	letters = append(letters[:1], append([]string{"X"}, letters[1:]...)...)
	fmt.Println("step 13:", letters)

	// Step 14: a stack built on a slice
	var st Stack
	for _, w := range []string{"red", "green", "blue"} {
		st.Push(w)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Println("step 14: popped", v)
	}

	// Step 15: a 2D slice
	grid := make([][]int, 3)
	for r := range grid {
		grid[r] = make([]int, 3)
		for c := range grid[r] {
			grid[r][c] = r * c
		}
	}
	for r, row := range grid {
		fmt.Println("step 15: row", r, row)
	}

	// Step 16: reslice to zero length keeps the capacity
	buf = buf[:0]
	show("reset", buf)

	// Step 17: clear zeroes the elements
	clear(small)
	fmt.Println("step 17:", small)

	// Step 18: slices of slices past len but within cap
	ext := buf[:3]
	fmt.Println("step 18:", ext)
}
