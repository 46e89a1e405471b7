package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	Line  int
	Name  string
	Score int
}

// stage runs f on every input in order; items for which f reports false are dropped.
func stage[In, Out any](in <-chan In, f func(In) (Out, bool)) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			if o, ok := f(v); ok {
				out <- o
			}
		}
	}()
	return out
}

func source(lines []string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l
		}
	}()
	return out
}

func batch[T any](in <-chan T, size int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var cur []T
		for v := range in {
			cur = append(cur, v)
			if len(cur) == size {
				out <- cur
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- cur
		}
	}()
	return out
}

func main() {
	input := []string{
		"alice,82", "bob,67", "# comment", "carol,95", "dave,abc",
		"erin,74", "", "frank,58", "grace,88", "heidi,91", "ivan,49",
		"judy,77", "mallory,-3", "niaj,100", "olivia,63",
	}
	var rejected []string
	lineNo := 0
	parsed := stage(source(input), func(s string) (Record, bool) {
		lineNo++
		if s == "" || strings.HasPrefix(s, "#") {
			return Record{}, false
		}
		name, num, ok := strings.Cut(s, ",")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n < 0 || n > 100 {
			rejected = append(rejected, fmt.Sprintf("line %d %q", lineNo, s))
			return Record{}, false
		}
		return Record{Line: lineNo, Name: name, Score: n}, true
	})
	curved := stage(parsed, func(r Record) (Record, bool) {
		r.Score = min(100, r.Score+5)
		r.Name = strings.ToUpper(r.Name[:1]) + r.Name[1:]
		return r, true
	})
	passing := stage(curved, func(r Record) (Record, bool) {
		return r, r.Score >= 60
	})
	graded := stage(passing, func(r Record) (string, bool) {
		grade := "C"
		switch {
		case r.Score >= 90:
			grade = "A"
		case r.Score >= 75:
			grade = "B"
		}
		return fmt.Sprintf("%-8s line=%-2d score=%3d grade=%s", r.Name, r.Line, r.Score, grade), true
	})

	count := 0
	for b := range batch(graded, 3) {
		fmt.Printf("batch of %d:\n", len(b))
		for _, s := range b {
			fmt.Println("  ", s)
			count++
		}
	}
	// All stages have finished once the final channel is closed,
	// so reading rejected here is safe.
	fmt.Println("passed:", count)
	fmt.Println("rejected:", len(rejected))
	for _, r := range rejected {
		fmt.Println("  ", r)
	}
}
