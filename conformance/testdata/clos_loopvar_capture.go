package main

import (
	"fmt"
	"strings"
)

type Button struct {
	Label   string
	OnClick func() string
}

func main() {
	// Since Go 1.22 each iteration has its own i, so every closure
	// remembers a different value.
	var printers []func() int
	for i := 0; i < 4; i++ {
		printers = append(printers, func() int { return i * i })
	}
	squares := make([]int, 0, len(printers))
	for _, p := range printers {
		squares = append(squares, p())
	}
	fmt.Println("squares:", squares)

	// Modifying the loop variable inside the body affects only that
	// iteration's copy, and the next iteration starts from it.
	var seen []int
	var getters []func() int
	for i := 0; i < 10; i++ {
		getters = append(getters, func() int { return i })
		if i%3 == 0 {
			i++ // skip ahead
		}
		seen = append(seen, i)
	}
	fmt.Println("seen:", seen)
	var got []int
	for _, g := range getters {
		got = append(got, g())
	}
	fmt.Println("captured:", got)

	// Range over strings: capture both index and rune.
	var buttons []Button
	for idx, r := range "héllo" {
		buttons = append(buttons, Button{
			Label: string(r),
			OnClick: func() string {
				return fmt.Sprintf("clicked %q at byte %d", r, idx)
			},
		})
	}
	for _, b := range buttons {
		fmt.Printf("[%s] %s\n", b.Label, b.OnClick())
	}

	// Sharing a variable declared outside the loop is still shared.
	total := 0
	var adders []func(int)
	for range 3 {
		adders = append(adders, func(n int) { total += n })
	}
	for i, add := range adders {
		add(10 * (i + 1))
	}
	fmt.Println("shared total:", total)

	// Closures that capture a per-iteration builder.
	var renderers []func() string
	for _, word := range []string{"go", "closures", "rock"} {
		var sb strings.Builder
		for range 2 {
			sb.WriteString(word)
		}
		renderers = append(renderers, func() string {
			return strings.ToUpper(sb.String())
		})
	}
	for i, r := range renderers {
		fmt.Printf("renderer %d -> %s\n", i, r())
	}
}
