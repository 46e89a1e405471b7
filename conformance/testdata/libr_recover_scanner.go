package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ScanError is raised (via panic) by the barcode decoder on bad input.
type ScanError struct {
	Raw    string
	Reason string
}

func (e ScanError) Error() string { return "scan " + strconv.Quote(e.Raw) + ": " + e.Reason }

// decode panics on malformed barcodes, like a strict low-level parser.
func decode(raw string) int {
	if !strings.HasPrefix(raw, "LB") {
		panic(ScanError{raw, "missing LB prefix"})
	}
	n, err := strconv.Atoi(raw[2:])
	if err != nil {
		panic(ScanError{raw, "not numeric"})
	}
	if n == 0 {
		var shelves []int
		_ = shelves[n] // index out of range: a genuine runtime panic
	}
	return n
}

// safeDecode converts panics into ordinary errors.
func safeDecode(raw string) (n int, err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case ScanError:
			err = v
		case error:
			err = fmt.Errorf("runtime: %w", v)
		default:
			err = fmt.Errorf("unexpected panic: %v", v)
		}
	}()
	return decode(raw), nil
}

func processBatch(codes []string) (log []string) {
	log = append(log, "batch start")
	defer func() { log = append(log, "batch end") }()
	for i, c := range codes {
		defer func() { log = append(log, fmt.Sprintf("release slot %d", i)) }()
		n, err := safeDecode(c)
		var se ScanError
		switch {
		case errors.As(err, &se):
			log = append(log, "rejected: "+se.Reason)
		case err != nil:
			log = append(log, "crash avoided: "+strings.SplitN(err.Error(), " [", 2)[0])
		default:
			log = append(log, fmt.Sprintf("item %d checked in", n))
		}
	}
	return log
}

func main() {
	codes := []string{"LB1042", "XX77", "LB12a", "LB0", "LB9"}
	for _, line := range processBatch(codes) {
		fmt.Println(line)
	}

	func() {
		defer fmt.Println("deferred print runs even after panic")
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		panic("printer out of paper")
	}()

	for i := range 3 {
		defer fmt.Println("closing desk", i)
	}
	fmt.Println("main finished normally")
}
