package main

import (
	"fmt"
	"strings"
)

type Button struct {
	Label  string
	Clicks int
}

type Panel struct {
	Title    string
	Buttons  []Button
	handlers []func() string
}

// bindByIndex captures the panel pointer and index, so later changes to the
// slice element are visible to the handler.
func (p *Panel) bindByIndex() {
	for i := range p.Buttons {
		p.handlers = append(p.handlers, func() string {
			p.Buttons[i].Clicks++
			return fmt.Sprintf("%s/%s=%d", p.Title, p.Buttons[i].Label, p.Buttons[i].Clicks)
		})
	}
}

// bindByValue captures the per-iteration copy b; increments affect the copy.
func (p *Panel) bindByValue() {
	for _, b := range p.Buttons {
		p.handlers = append(p.handlers, func() string {
			b.Clicks++
			return fmt.Sprintf("copy %s=%d", b.Label, b.Clicks)
		})
	}
}

func main() {
	p := &Panel{Title: "main", Buttons: []Button{{Label: "ok"}, {Label: "cancel"}, {Label: "help"}}}
	p.bindByIndex()
	p.bindByValue()

	for round := 1; round <= 2; round++ {
		var out []string
		for _, h := range p.handlers {
			out = append(out, h())
		}
		fmt.Printf("round %d: %s\n", round, strings.Join(out, " "))
	}

	p.Title = "renamed"
	p.Buttons[1].Label = "abort"
	fmt.Println("after rename:", p.handlers[1](), "|", p.handlers[4]())

	// Capture a field value vs capturing the struct.
	title := p.Title
	getCopy := func() string { return title }
	getLive := func() string { return p.Title }
	p.Title = "final"
	fmt.Println("copied:", getCopy(), "live:", getLive())

	// Each loop iteration has its own i (Go 1.22+ semantics).
	var printers []func() int
	for i := 0; i < 4; i++ {
		printers = append(printers, func() int { return i * i })
	}
	for _, f := range printers {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Sharing a counter deliberately through a variable declared outside the loop.
	shared := 0
	var incs []func() int
	for range 3 {
		incs = append(incs, func() int { shared += 10; return shared })
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println("shared =", shared)

	// Appending to p.Buttons may reallocate; index-bound handlers follow p.Buttons.
	p.Buttons = append(p.Buttons, Button{Label: "extra"})
	p.Buttons[0].Clicks = 100
	fmt.Println("after realloc:", p.handlers[0]())
	for _, b := range p.Buttons {
		fmt.Printf("%-6s %d\n", b.Label, b.Clicks)
	}
}
