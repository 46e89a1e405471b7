package main

import (
	"errors"
	"fmt"
	"strings"
)

type Rubric map[string]int

func scoreEssay(r Rubric, criteria []string) int {
	total := 0
	for _, c := range criteria {
		pts, ok := r[c]
		if !ok {
			panic(fmt.Sprintf("criterion %q missing from rubric", c))
		}
		total += pts
	}
	return 100 / (total - 10) * total
}

func safeScore(r Rubric, criteria []string) (score int, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			switch v := rec.(type) {
			case error:
				err = fmt.Errorf("runtime problem: %w", v)
			default:
				err = fmt.Errorf("grader panicked: %v", v)
			}
			score = -1
		}
	}()
	return scoreEssay(r, criteria), nil
}

func gradingSession(name string) {
	fmt.Println("open session:", name)
	defer fmt.Println("close session:", name)
	for i := range 3 {
		defer fmt.Println("  return paper", i)
	}
	fmt.Println("  grading papers...")
}

type Log struct{ lines []string }

func (l *Log) Step(msg string) func() {
	l.lines = append(l.lines, "begin "+msg)
	return func() { l.lines = append(l.lines, "end "+msg) }
}

func main() {
	rubric := Rubric{"thesis": 4, "evidence": 3, "style": 3, "grammar": 2}
	cases := [][]string{
		{"thesis", "evidence", "style", "grammar"},
		{"thesis", "spelling"},
		{"thesis", "evidence", "style"},
	}
	for _, c := range cases {
		s, err := safeScore(rubric, c)
		var re interface{ RuntimeError() }
		fmt.Printf("%-40v score=%3d err=%v runtime=%t\n", strings.Join(c, ","), s, err, errors.As(err, &re))
	}

	gradingSession("Year 9 maths")

	var log Log
	func() {
		defer log.Step("outer")()
		func() {
			defer log.Step("inner")()
		}()
	}()
	fmt.Println(strings.Join(log.lines, " -> "))

	x := 1
	defer fmt.Println("deferred x was", x)
	x = 99
	fmt.Println("x is now", x)
}
