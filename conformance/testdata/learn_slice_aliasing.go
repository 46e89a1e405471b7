package main

import "fmt"

func addItem(s []int, v int) []int {
	s = append(s, v)
	fmt.Println("  in addItem:", s, "len", len(s), "cap", cap(s))
	return s
}

func addNoReturn(s []int, v int) {
	s = append(s, v)
	fmt.Println("  in addNoReturn:", s)
}

func setFirst(s []int) {
	if len(s) > 0 {
		s[0] = 99
	}
}

func main() {
	nums := make([]int, 0, 4)
	nums = addItem(nums, 1)
	nums = addItem(nums, 2)
	fmt.Println("nums:", nums)

	addNoReturn(nums, 3)
	fmt.Println("nums after addNoReturn:", nums)
	fmt.Println("hidden element:", nums[:3])

	other := nums
	other = append(other, 7)
	fmt.Println("other:", other)
	fmt.Println("nums[:3] now:", nums[:3])

	setFirst(nums)
	fmt.Println("after setFirst nums:", nums, "other:", other)

	copied := make([]int, len(nums))
	n := copy(copied, nums)
	fmt.Println("copied", n, "elements:", copied)
	copied[1] = -1
	fmt.Println("nums:", nums, "copied:", copied)

	full := []int{1, 2, 3}
	fmt.Println("full len/cap:", len(full), cap(full))
	bigger := append(full, 4)
	bigger[0] = 100
	fmt.Println("full:", full, "bigger:", bigger)

	sub := full[1:2]
	fmt.Println("sub:", sub, len(sub), cap(sub))
	sub = append(sub, 50)
	fmt.Println("full after sub append:", full)

	limited := full[1:2:2]
	limited = append(limited, 60)
	fmt.Println("limited:", limited, "full:", full)

	var empty []string
	fmt.Println("nil slice?", empty == nil, len(empty))
	empty = append(empty, "x", "y")
	fmt.Printf("%q %d\n", empty, len(empty))
}
