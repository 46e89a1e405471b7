package main

import "fmt"

func stats(nums []int) struct {
	Min, Max int
	Mean     float64
} {
	res := struct {
		Min, Max int
		Mean     float64
	}{Min: nums[0], Max: nums[0]}
	sum := 0
	for _, n := range nums {
		res.Min = min(res.Min, n)
		res.Max = max(res.Max, n)
		sum += n
	}
	res.Mean = float64(sum) / float64(len(nums))
	return res
}

type Summary struct {
	Min, Max int
	Mean     float64
}

func main() {
	// A one-off value.
	point := struct{ X, Y int }{3, 4}
	fmt.Println(point, point.X*point.Y)
	fmt.Printf("%+v\n%T\n", point, point)

	// Table-driven tests use slices of anonymous structs.
	tests := []struct {
		name  string
		in    string
		wantN int
	}{
		{"empty", "", 0},
		{"ascii", "hello", 5},
		{"unicode", "héllo, 世界", 9},
	}
	for _, tc := range tests {
		got := len([]rune(tc.in))
		fmt.Printf("%-8s %q runes=%d ok=%v\n", tc.name, tc.in, got, got == tc.wantN)
	}

	// Anonymous struct returned from a function, convertible to a named type
	// with identical fields.
	s := stats([]int{4, 8, 15, 16, 23, 42})
	fmt.Printf("%+v\n", s)
	named := Summary(s)
	fmt.Printf("%T %+v\n", named, named)
	var again Summary = s // assignable: identical underlying types, one side unnamed
	fmt.Println(again == named)

	// Nested anonymous struct fields.
	var config struct {
		Server struct{ Host string }
		Debug  bool
	}
	config.Server.Host = "localhost"
	fmt.Printf("%+v\n", config)

	// Maps with anonymous struct values.
	inventory := map[string]struct {
		Qty   int
		Price float64
	}{
		"apple":  {5, 0.5},
		"banana": {12, 0.25},
		"cherry": {100, 0.1},
	}
	total := 0.0
	for _, item := range inventory {
		total += float64(item.Qty) * item.Price
	}
	fmt.Println(inventory) // fmt prints maps in key order
	fmt.Printf("total %.2f\n", total)

	// Empty struct: zero size, used as a signal or set value.
	done := map[string]struct{}{"a": {}, "b": {}}
	_, ok := done["a"]
	fmt.Println(len(done), ok, struct{}{} == struct{}{})
}
