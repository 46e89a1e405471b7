package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Pallet struct {
	Rack  [3]int // aisle, bay, level
	Kg    int
	Label string
}

type OverloadError struct {
	Level int
	Kg    int
}

func (e OverloadError) Error() string {
	return fmt.Sprintf("level %d cannot hold %d kg", e.Level, e.Kg)
}

var levelLimit = [...]int{1500, 1200, 900, 600}

func mustParse(record string) Pallet {
	parts := strings.Split(record, "|")
	if len(parts) != 3 {
		panic(fmt.Sprintf("malformed record %q", record))
	}
	var p Pallet
	for i, s := range strings.Split(parts[0], "-") {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		p.Rack[i] = n // may panic with index out of range
	}
	kg, err := strconv.Atoi(parts[1])
	if err != nil {
		panic(err)
	}
	p.Kg = kg
	p.Label = parts[2]
	if p.Kg > levelLimit[p.Rack[2]] {
		panic(OverloadError{p.Rack[2], p.Kg})
	}
	return p
}

func safeParse(record string) (p Pallet, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("record %q: %w", record, v)
			default:
				err = fmt.Errorf("record %q: %v", record, v)
			}
		}
	}()
	return mustParse(record), nil
}

func main() {
	records := []string{
		"1-04-0|1200|cement",
		"2-11-3|450|insulation",
		"3-02-2|950|tiles",
		"1-01|300|short rack",
		"4-07-1-9|100|too many",
		"2-x-1|100|bad bay",
		"5-05-1|abc|bad weight",
		"6-03-2|800|paint",
	}
	var stored []Pallet
	var overloads int
	for _, r := range records {
		p, err := safeParse(r)
		if err != nil {
			var oe OverloadError
			if errors.As(err, &oe) {
				overloads++
			}
			fmt.Println("reject:", err)
			continue
		}
		stored = append(stored, p)
	}
	total := 0
	for _, p := range stored {
		total += p.Kg
		fmt.Printf("stored %-11s at %v %4d kg\n", p.Label, p.Rack, p.Kg)
	}
	fmt.Printf("%d stored, %d kg, %d overloads\n", len(stored), total, overloads)
}
