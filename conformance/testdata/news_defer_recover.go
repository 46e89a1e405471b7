package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Line  int
	Cause any
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %v", e.Line, e.Cause)
}

// mustField panics when a wire record is malformed.
func mustField(parts []string, i int) string {
	if i >= len(parts) {
		panic(fmt.Sprintf("missing field %d", i))
	}
	return parts[i]
}

func parseRecord(lineNo int, line string) (slug string, words int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ParseError{Line: lineNo, Cause: r}
		}
	}()
	parts := strings.Split(line, "|")
	slug = mustField(parts, 0)
	n, convErr := strconv.Atoi(mustField(parts, 1))
	if convErr != nil {
		panic(convErr)
	}
	ratio := 1000 / n // panics on zero words
	_ = ratio
	return slug, n, nil
}

type Desk struct {
	log []string
}

func (d *Desk) step(name string) func() {
	d.log = append(d.log, "open "+name)
	return func() { d.log = append(d.log, "close "+name) }
}

func (d *Desk) shift() {
	defer d.step("shift")()
	defer d.step("coffee")()
	for i := range 3 {
		defer func() { d.log = append(d.log, "deferred "+strconv.Itoa(i)) }()
	}
	d.log = append(d.log, "working")
}

func main() {
	records := []string{
		"budget-vote|540",
		"storm-warning",
		"obituary|abc",
		"empty-brief|0",
		"match-report|820",
	}
	total := 0
	for i, rec := range records {
		slug, words, err := parseRecord(i+1, rec)
		if err != nil {
			var pe *ParseError
			if errors.As(err, &pe) {
				fmt.Printf("skip: %v (cause type %T)\n", pe, pe.Cause)
			}
			continue
		}
		total += words
		fmt.Printf("ok:   %-13s %4d words\n", slug, words)
	}
	fmt.Println("total words:", total)

	d := &Desk{}
	d.shift()
	for _, entry := range d.log {
		fmt.Println(" ", entry)
	}

	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var feeds map[string][]string
		feeds["late"] = append(feeds["late"], "x")
	}()
	fmt.Println("recover outside panic:", recover())
}
