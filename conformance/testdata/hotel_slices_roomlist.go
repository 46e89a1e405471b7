package main

import (
	"fmt"
	"slices"
	"strconv"
)

type Room struct {
	Number int
	Beds   int
	Rate   int
}

func main() {
	rooms := []Room{
		{305, 2, 150}, {101, 1, 90}, {210, 2, 140}, {402, 3, 220},
		{108, 1, 95}, {307, 2, 150}, {501, 4, 400},
	}

	slices.SortFunc(rooms, func(a, b Room) int { return a.Number - b.Number })
	numbers := make([]int, len(rooms))
	for i, r := range rooms {
		numbers[i] = r.Number
	}
	fmt.Println("room numbers:", numbers)

	for _, want := range []int{210, 300} {
		i, found := slices.BinarySearch(numbers, want)
		fmt.Printf("search %d: index %d found %t\n", want, i, found)
	}

	// Insert a new room keeping the slice sorted.
	i, _ := slices.BinarySearch(numbers, 300)
	numbers = slices.Insert(numbers, i, 300)
	fmt.Println("after insert:", numbers)

	numbers = slices.DeleteFunc(numbers, func(n int) bool { return n >= 500 })
	fmt.Println("without top floor:", numbers)

	// Stable sort by rate keeps room-number order among equal rates.
	byRate := slices.Clone(rooms)
	slices.SortStableFunc(byRate, func(a, b Room) int { return a.Rate - b.Rate })
	for _, r := range byRate {
		fmt.Printf("  %d beds=%d rate=%d\n", r.Number, r.Beds, r.Rate)
	}

	beds := []int{}
	for _, r := range rooms {
		beds = append(beds, r.Beds)
	}
	slices.Sort(beds)
	fmt.Println("bed counts:", beds, "distinct:", slices.Compact(slices.Clone(beds)))

	fmt.Println("contains 108:", slices.Contains(numbers, 108))
	fmt.Println("index of 402:", slices.Index(numbers, 402))
	fmt.Println("any 4-bed room:", slices.ContainsFunc(rooms, func(r Room) bool { return r.Beds == 4 }))

	labels := make([]string, 0, len(numbers))
	for _, n := range slices.Backward(numbers) {
		labels = append(labels, "R"+strconv.Itoa(n))
	}
	fmt.Println("reverse labels:", labels)

	chunks := 0
	for c := range slices.Chunk(numbers, 3) {
		chunks++
		fmt.Printf("cleaning batch %d: %v\n", chunks, c)
	}

	a := []int{1, 2, 3}
	b := slices.Clone(a)
	fmt.Println("equal clones:", slices.Equal(a, b), "reversed:", func() []int { slices.Reverse(b); return b }())
	fmt.Println("repeat:", slices.Repeat([]string{"towel"}, 3))
}
