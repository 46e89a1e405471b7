package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
)

type outcome struct {
	in  string
	val int
	err error
}

func main() {
	inputs := []string{"10", "x", "30", "", "50"}
	out := make(chan outcome, len(inputs))
	for _, s := range inputs {
		go func() {
			n, err := strconv.Atoi(s)
			if err != nil {
				err = fmt.Errorf("parse %q: %w", s, err)
			}
			out <- outcome{s, n, err}
		}()
	}
	var all []outcome
	for range inputs {
		all = append(all, <-out)
	}
	slices.SortFunc(all, func(a, b outcome) int { return slices.Index(inputs, a.in) - slices.Index(inputs, b.in) })
	sum := 0
	var errs []error
	for _, o := range all {
		if o.err != nil {
			errs = append(errs, o.err)
			continue
		}
		sum += o.val
	}
	fmt.Println("sum:", sum)
	fmt.Println(errors.Join(errs...))
	fmt.Println(errors.Is(errs[0], strconv.ErrSyntax))
}
