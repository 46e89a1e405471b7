package main

import (
	"fmt"
	"strings"
)

var small = []string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
}

var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

var scales = []struct {
	value int64
	name  string
}{
	{1_000_000_000_000, "trillion"},
	{1_000_000_000, "billion"},
	{1_000_000, "million"},
	{1_000, "thousand"},
}

func under1000(n int64) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, small[n/100]+" hundred")
		n %= 100
		if n > 0 {
			parts = append(parts, "and")
		}
	}
	switch {
	case n >= 20:
		w := tens[n/10]
		if n%10 != 0 {
			w += "-" + small[n%10]
		}
		parts = append(parts, w)
	case n > 0:
		parts = append(parts, small[n])
	}
	return strings.Join(parts, " ")
}

// Say spells out an integer in British-style English.
func Say(n int64) string {
	if n == 0 {
		return small[0]
	}
	if n < 0 {
		return "minus " + Say(-n)
	}
	var parts []string
	for _, s := range scales {
		if n >= s.value {
			parts = append(parts, Say(n/s.value)+" "+s.name)
			n %= s.value
		}
	}
	if n > 0 {
		if len(parts) > 0 && n < 100 {
			parts = append(parts, "and")
		}
		parts = append(parts, under1000(n))
	}
	return strings.Join(parts, " ")
}

func main() {
	nums := []int64{0, 7, 13, 20, 42, 99, 100, 101, 115, 342, 1000, 1001, 1234, 20020, 100000, 1_000_001, -56, 123_456_789, 2_000_000_000_017, 9_999_999}
	for _, n := range nums {
		fmt.Printf("%16d  %s\n", n, Say(n))
	}

	// Project Euler 17 style: letters used writing 1..1000 (no spaces or hyphens).
	letters := 0
	for i := int64(1); i <= 1000; i++ {
		w := Say(i)
		w = strings.NewReplacer(" ", "", "-", "").Replace(w)
		letters += len(w)
	}
	fmt.Println("letters for 1..1000:", letters)

	longest, which := "", int64(0)
	for i := int64(1); i < 1000; i++ {
		if w := Say(i); len(w) > len(longest) {
			longest, which = w, i
		}
	}
	fmt.Printf("longest name below 1000: %d %q (%d chars)\n", which, longest, len(longest))
}
