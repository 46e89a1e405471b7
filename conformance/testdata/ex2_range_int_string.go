package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	// range over an int
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 0
	for range 5 {
		n += 2
	}
	fmt.Println("n:", n)

	type Count int
	for c := range Count(3) {
		fmt.Printf("%T(%d) ", c, c)
	}
	fmt.Println()

	for i := range 0 {
		fmt.Println("never", i)
	}

	// range over a string yields byte index and rune
	s := "héllo, 世界!"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%2d %c %U size=%d\n", i, r, r, utf8.RuneLen(r))
	}

	// indexing a string yields bytes
	fmt.Printf("s[1]=%d (%x) s[2]=%d (%x)\n", s[1], s[1], s[2], s[2])
	for i := 0; i < 3; i++ {
		fmt.Printf("%q ", s[i])
	}
	fmt.Println()

	// index only
	idx := []int{}
	for i := range "aé本" {
		idx = append(idx, i)
	}
	fmt.Println("rune start indices:", idx)

	// invalid UTF-8 yields RuneError with width 1
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()

	// range over []rune gives rune indices instead
	for i, r := range []rune("世界") {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()

	// range over []byte of the string
	for i, b := range []byte("é!") {
		fmt.Printf("%d:%#x ", i, b)
	}
	fmt.Println()

	// range over array and pointer to array
	arr := [3]string{"x", "y", "z"}
	for i := range &arr {
		arr[i] += arr[i]
	}
	fmt.Println(arr)
}
