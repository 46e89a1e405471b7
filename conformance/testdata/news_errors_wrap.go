package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrEmbargoed  = errors.New("story is under embargo")
	ErrNoByline   = errors.New("missing byline")
	ErrLegalCheck = errors.New("needs legal review")
)

type LengthError struct {
	Slug  string
	Words int
	Limit int
}

func (e *LengthError) Error() string {
	return fmt.Sprintf("%s: %d words exceeds limit of %d", e.Slug, e.Words, e.Limit)
}

type Story struct {
	Slug      string
	Byline    string
	Body      string
	Embargoed bool
	Mentions  []string
}

func validate(s Story) error {
	var errs []error
	if s.Byline == "" {
		errs = append(errs, ErrNoByline)
	}
	if n := len(strings.Fields(s.Body)); n > 12 {
		errs = append(errs, &LengthError{Slug: s.Slug, Words: n, Limit: 12})
	}
	for _, m := range s.Mentions {
		if strings.HasPrefix(m, "Judge") {
			errs = append(errs, fmt.Errorf("mention %q: %w", m, ErrLegalCheck))
		}
	}
	return errors.Join(errs...)
}

func publish(s Story) error {
	if s.Embargoed {
		return fmt.Errorf("publish %s: %w", s.Slug, ErrEmbargoed)
	}
	if err := validate(s); err != nil {
		return fmt.Errorf("publish %s: validation failed: %w", s.Slug, err)
	}
	return nil
}

func main() {
	stories := []Story{
		{Slug: "ferry-timetable", Byline: "A. Khan", Body: "New ferry times start Monday."},
		{Slug: "trial-verdict", Byline: "B. Lee", Body: "The jury returned a verdict.", Mentions: []string{"Judge Moss", "Mayor Ruiz"}},
		{Slug: "product-launch", Byline: "C. Wu", Embargoed: true},
		{Slug: "long-feature", Body: "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"},
	}

	for _, s := range stories {
		err := publish(s)
		if err == nil {
			fmt.Printf("%-16s published\n", s.Slug)
			continue
		}
		fmt.Printf("%-16s FAILED\n", s.Slug)
		for line := range strings.SplitSeq(err.Error(), "\n") {
			fmt.Println("    ", line)
		}
		switch {
		case errors.Is(err, ErrEmbargoed):
			fmt.Println("     -> hold until embargo lifts")
		case errors.Is(err, ErrLegalCheck):
			fmt.Println("     -> send to legal desk")
		}
		if errors.Is(err, ErrNoByline) {
			fmt.Println("     -> assign a reporter")
		}
		var le *LengthError
		if errors.As(err, &le) {
			fmt.Printf("     -> cut %d words\n", le.Words-le.Limit)
		}
	}

	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrEmbargoed))
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrEmbargoed)
}
