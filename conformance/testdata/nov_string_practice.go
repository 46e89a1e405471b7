package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	name := "  Ada Lovelace  "
	fmt.Printf("[%s]\n", name)
	trimmed := strings.TrimSpace(name)
	fmt.Printf("[%s]\n", trimmed)
	fmt.Println("upper:", strings.ToUpper(trimmed))
	fmt.Println("lower:", strings.ToLower(trimmed))
	fmt.Println("length:", len(trimmed))
	fmt.Println("contains 'Love':", strings.Contains(trimmed, "Love"))
	fmt.Println("index of 'L':", strings.Index(trimmed, "L"))
	fmt.Println("starts with Ada:", strings.HasPrefix(trimmed, "Ada"))

	parts := strings.Split(trimmed, " ")
	first := parts[0]
	last := parts[1]
	initials := string(first[0]) + "." + string(last[0]) + "."
	fmt.Println("initials:", initials)
	fmt.Println("last, first:", last+", "+first)
	fmt.Println("repeat:", strings.Repeat("ab", 4))
	fmt.Println("replace:", strings.Replace("banana", "a", "o", 2))
	fmt.Println("count a:", strings.Count("banana", "a"))

	// numbers in strings
	numbers := "10,20,abc,30,-5,4.5"
	total := 0
	for _, piece := range strings.Split(numbers, ",") {
		n, err := strconv.Atoi(piece)
		if err != nil {
			fmt.Println("skipping", piece, "because:", err)
			continue
		}
		total += n
	}
	fmt.Println("total of ints:", total)

	f, err := strconv.ParseFloat("4.5", 64)
	if err == nil {
		fmt.Println("parsed float times 2:", f*2)
	}
	b, err := strconv.ParseBool("true")
	fmt.Println("parsed bool:", b, err)

	age := 36
	msg := "Ada was " + strconv.Itoa(age) + " years old"
	fmt.Println(msg)
	fmt.Println("quoted:", strconv.Quote(msg))
	fmt.Println("binary of 36:", strconv.FormatInt(36, 2))
	fmt.Println("hex of 255:", strconv.FormatInt(255, 16))

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(strconv.Itoa(i * i))
		if i < 4 {
			sb.WriteString("-")
		}
	}
	fmt.Println("builder:", sb.String())
	fmt.Println("title-ish:", strings.ToUpper(trimmed[:1])+strings.ToLower(trimmed[1:]))
	fmt.Println("fields:", len(strings.Fields("  a  b   c ")))
}
