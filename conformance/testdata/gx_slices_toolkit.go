package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
}

func (b Book) String() string { return fmt.Sprintf("%q (%d)", b.Title, b.Year) }

func main() {
	books := []Book{
		{"The Go Programming Language", "Donovan", 2015},
		{"Concurrency in Go", "Cox-Buday", 2017},
		{"Learning Go", "Bodner", 2021},
		{"Go in Action", "Kennedy", 2015},
		{"100 Go Mistakes", "Harsanyi", 2022},
		{"Let's Go", "Edwards", 2017},
	}

	// Stable sort by year keeps the original relative order of ties.
	byYear := slices.Clone(books)
	slices.SortStableFunc(byYear, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
	for _, b := range byYear {
		fmt.Println(" ", b)
	}

	years := make([]int, 0, len(byYear))
	for _, b := range byYear {
		years = append(years, b.Year)
	}
	fmt.Println("years:", years)
	fmt.Println("distinct:", slices.Compact(slices.Clone(years)))

	i, found := slices.BinarySearch(years, 2017)
	fmt.Println("search 2017:", i, found)
	i, found = slices.BinarySearch(years, 2019)
	fmt.Println("search 2019:", i, found)
	j, ok := slices.BinarySearchFunc(byYear, 2021, func(b Book, y int) int { return cmp.Compare(b.Year, y) })
	fmt.Println("first 2021 book:", j, ok, byYear[j])

	for chunk := range slices.Chunk(books, 4) {
		fmt.Printf("chunk of %d: %v\n", len(chunk), chunk)
	}

	titles := make([]string, len(books))
	for i, b := range books {
		titles[i] = b.Title
	}
	slices.Reverse(titles)
	fmt.Printf("reversed: %q\n", titles)

	idx := slices.IndexFunc(books, func(b Book) bool { return strings.HasPrefix(b.Title, "Learning") })
	fmt.Println("index of Learning*:", idx, "contains 'Let's Go':", slices.Contains(titles, "Let's Go"))

	words := strings.Fields("go Go GO gopher Gopher rust go")
	folded := slices.CompactFunc(slices.Clone(words), strings.EqualFold)
	fmt.Println("compact fold:", folded)
	sorted := slices.Sorted(slices.Values(words))
	fmt.Printf("sorted: %q\n", sorted)
	compacted := slices.Compact(sorted)
	fmt.Printf("compact: %q, original now: %q\n", compacted, sorted)

	nums := []int{5, 2, 8, 1, 9, 3}
	fmt.Println("min/max:", slices.Min(nums), slices.Max(nums))
	nums = slices.Insert(nums, 2, 100, 200)
	fmt.Println("insert:", nums)
	nums = slices.Delete(nums, 0, 2)
	fmt.Println("delete:", nums)
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("delete evens:", nums, "len", len(nums))
	fmt.Println("equal:", slices.Equal(nums, []int{1, 9, 3}))
	fmt.Println("repeat:", slices.Repeat([]string{"ab"}, 3))
	fmt.Println("concat:", slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))

	newest := slices.MaxFunc(books, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
	fmt.Printf("newest: %v / %+v\n", newest, newest)
	byAuthor := map[string]Book{}
	for _, b := range books[:3] {
		byAuthor[b.Author] = b
	}
	fmt.Println(byAuthor)
}
