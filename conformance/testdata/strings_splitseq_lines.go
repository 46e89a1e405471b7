package main

import (
	"fmt"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	text := "first line\nsecond\n\nlast"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	n := 0
	for f := range strings.FieldsSeq("  one two\tthree  ") {
		n++
		fmt.Println(n, f)
	}
}
