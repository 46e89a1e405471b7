package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// OvervoteError is raised (via panic) when a ballot marks too many boxes.
type OvervoteError struct {
	Marks int
	Limit int
}

func (e OvervoteError) Error() string {
	return fmt.Sprintf("overvote: %d marks, limit %d", e.Marks, e.Limit)
}

// readMarks panics on malformed input, like a strict scanner driver.
func readMarks(card string, limit int) []int {
	var marks []int
	for _, f := range strings.Fields(card) {
		n, err := strconv.Atoi(f)
		if err != nil {
			panic(fmt.Sprintf("unreadable mark %q", f))
		}
		marks = append(marks, n)
	}
	if len(marks) > limit {
		panic(OvervoteError{len(marks), limit})
	}
	return marks
}

// safeRead converts panics into errors so one bad card does not stop the count.
func safeRead(card string, limit int) (marks []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("card %q: %w", card, v)
			default:
				err = fmt.Errorf("card %q: %v", card, v)
			}
		}
	}()
	return readMarks(card, limit), nil
}

func countWithCleanup(cards []string) (counted int) {
	defer fmt.Println("  [deferred] scanner closed")
	defer func() {
		fmt.Printf("  [deferred] counted=%d at close\n", counted)
	}()
	for _, c := range cards {
		if _, err := safeRead(c, 2); err == nil {
			counted++
		}
	}
	return counted
}

func main() {
	cards := []string{"1", "2 3", "4 x", "1 2 3", "", "3", "5 6 7 8"}
	options := make([]int, 9)
	for i, c := range cards {
		marks, err := safeRead(c, 2)
		var ov OvervoteError
		switch {
		case errors.As(err, &ov):
			fmt.Printf("card %d rejected (%d over limit): %v\n", i, ov.Marks-ov.Limit, err)
		case err != nil:
			fmt.Printf("card %d rejected: %v\n", i, err)
		case len(marks) == 0:
			fmt.Printf("card %d blank (undervote)\n", i)
		default:
			for _, m := range marks {
				options[m]++
			}
			fmt.Printf("card %d ok: %v\n", i, marks)
		}
	}
	fmt.Println("option totals:", options[1:7])
	fmt.Println("counting again with cleanup:")
	n := countWithCleanup(cards)
	fmt.Println("returned:", n)
}
