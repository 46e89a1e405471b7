package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// NegativeError reports every negative number in the input.
type NegativeError struct {
	Values []int
}

func (e *NegativeError) Error() string {
	parts := make([]string, len(e.Values))
	for i, v := range e.Values {
		parts[i] = strconv.Itoa(v)
	}
	return "negatives not allowed: " + strings.Join(parts, ", ")
}

var bracketDelims = regexp.MustCompile(`\[([^\]]+)\]`)

// Add implements the classic string calculator kata.
func Add(input string) (int, error) {
	if input == "" {
		return 0, nil
	}
	delims := []string{",", "\n"}
	body := input
	if strings.HasPrefix(input, "//") {
		header, rest, ok := strings.Cut(input[2:], "\n")
		if !ok {
			return 0, fmt.Errorf("missing newline after delimiter header in %q", input)
		}
		body = rest
		if m := bracketDelims.FindAllStringSubmatch(header, -1); m != nil {
			for _, g := range m {
				delims = append(delims, g[1])
			}
		} else {
			delims = append(delims, header)
		}
	}
	// Longest delimiters first so "***" wins over "*".
	sort.Slice(delims, func(i, j int) bool { return len(delims[i]) > len(delims[j]) })
	for _, d := range delims[1:] {
		body = strings.ReplaceAll(body, d, delims[0])
	}
	sum := 0
	var negs []int
	for _, tok := range strings.Split(body, delims[0]) {
		n, err := strconv.Atoi(strings.TrimSpace(tok))
		if err != nil {
			return 0, fmt.Errorf("bad number %q: %w", tok, err)
		}
		switch {
		case n < 0:
			negs = append(negs, n)
		case n <= 1000:
			sum += n
		}
	}
	if len(negs) > 0 {
		return 0, &NegativeError{Values: negs}
	}
	return sum, nil
}

func main() {
	inputs := []string{
		"",
		"1",
		"1,2",
		"1\n2,3",
		"//;\n1;2;3",
		"//***\n1***2***3",
		"//[*][%]\n1*2%3",
		"//[ab][c]\n4ab5c6",
		"2,1001,1000",
		"1,-2,3,-4",
		"1,,2",
		"//;1;2",
	}
	for _, in := range inputs {
		sum, err := Add(in)
		var ne *NegativeError
		switch {
		case errors.As(err, &ne):
			fmt.Printf("%-22q -> NEGATIVE %v (%d values)\n", in, ne, len(ne.Values))
		case err != nil:
			fmt.Printf("%-22q -> error: %v\n", in, err)
		default:
			fmt.Printf("%-22q -> %d\n", in, sum)
		}
	}
	// Strict final check: a batch job that must succeed.
	if _, err := Add("//|\n5|-7|9"); err != nil {
		fmt.Println("batch failed, exiting with status 1")
		fmt.Fprintln(os.Stderr, "fatal:", err)
		os.Exit(1)
	}
	fmt.Println("unreachable")
}
