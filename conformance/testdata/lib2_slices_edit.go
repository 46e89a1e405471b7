package main

import (
	"fmt"
	"slices"
	"strings"
)

type Todo struct {
	ID   int
	Text string
	Done bool
}

func show[S ~[]E, E any](label string, s S) {
	fmt.Printf("%-10s len=%d %v\n", label+":", len(s), s)
}

func main() {
	nums := []int{5, 1, 1, 2, 2, 2, 3, 1, 4, 4}
	show("orig", nums)
	c := slices.Compact(slices.Clone(nums))
	show("compact", c)
	sorted := slices.Sorted(slices.Values(nums))
	show("uniqsort", slices.Compact(sorted))

	nums = slices.Insert(nums, 2, 100, 200)
	show("insert", nums)
	nums = slices.Delete(nums, 0, 2)
	show("delete", nums)
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%2 == 0 })
	show("odd only", nums)
	nums = slices.Replace(nums, 0, 1, 7, 7, 7)
	show("replace", nums)

	fmt.Println("index of 3:", slices.Index(nums, 3), "index of 42:", slices.Index(nums, 42))
	fmt.Println("contains 1:", slices.Contains(nums, 1), "contains 2:", slices.Contains(nums, 2))
	fmt.Println("max:", slices.Max(nums), "min:", slices.Min(nums))

	r := slices.Clone(nums)
	slices.Reverse(r)
	show("reversed", r)
	fmt.Println("equal after reverse twice:", func() bool { slices.Reverse(r); return slices.Equal(r, nums) }())

	todos := []Todo{{1, "write tests", false}, {2, "fix lint", true}, {3, "ship", false}}
	i := slices.IndexFunc(todos, func(t Todo) bool { return t.Done })
	fmt.Printf("first done: %d %+v\n", i, todos[i])
	fmt.Println("any ship?", slices.ContainsFunc(todos, func(t Todo) bool { return strings.Contains(t.Text, "ship") }))
	todos = slices.Insert(todos, 1, Todo{ID: 4, Text: "refactor"})
	for _, t := range todos {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] #%d %s\n", mark, t.ID, t.Text)
	}

	letters := strings.Split("a,b,c,d,e,f,g", ",")
	for ch := range slices.Chunk(letters, 3) {
		fmt.Print(strings.Join(ch, ""), "|")
	}
	fmt.Println()

	grown := slices.Grow([]int{1}, 10)
	fmt.Println("grow:", len(grown), cap(grown) >= 11)
	clipped := slices.Clip(grown)
	fmt.Println("clip:", len(clipped), cap(clipped))
	fmt.Println("repeat:", slices.Repeat([]string{"ab"}, 3), "concat:", slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
