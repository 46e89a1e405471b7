package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrNoName   = errors.New("missing name")
	ErrTooYoung = errors.New("below minimum age")
	ErrBadGame  = errors.New("unknown game")
)

type FeeError struct {
	Paid, Fee int
}

func (e FeeError) Error() string {
	return fmt.Sprintf("fee %d tokens, paid %d", e.Fee, e.Paid)
}

type Entry struct {
	Name string
	Age  int
	Game string
	Paid int
}

var fees = map[string]int{"Street Brawler": 10, "Turbo Kart": 6}

func validate(e Entry) error {
	var errs []error
	if strings.TrimSpace(e.Name) == "" {
		errs = append(errs, ErrNoName)
	}
	if e.Age < 13 {
		errs = append(errs, fmt.Errorf("age %d: %w", e.Age, ErrTooYoung))
	}
	fee, ok := fees[e.Game]
	if !ok {
		errs = append(errs, fmt.Errorf("%q: %w", e.Game, ErrBadGame))
	} else if e.Paid < fee {
		errs = append(errs, FeeError{Paid: e.Paid, Fee: fee})
	}
	return errors.Join(errs...)
}

func main() {
	entries := []Entry{
		{"Rook", 16, "Street Brawler", 10},
		{"", 11, "Turbo Kart", 2},
		{"Mags", 14, "Pong Royale", 0},
		{"Fitz", 19, "Turbo Kart", 4},
	}

	accepted := 0
	for _, e := range entries {
		err := validate(e)
		if err == nil {
			accepted++
			fmt.Printf("%-5q accepted for %s\n", e.Name, e.Game)
			continue
		}
		fmt.Printf("%-5q rejected:\n", e.Name)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("   -", line)
		}
		var fe FeeError
		if errors.As(err, &fe) {
			fmt.Printf("   owes %d more tokens\n", fe.Fee-fe.Paid)
		}
		fmt.Printf("   too young? %t  bad game? %t\n", errors.Is(err, ErrTooYoung), errors.Is(err, ErrBadGame))
	}
	fmt.Printf("accepted %d of %d\n", accepted, len(entries))

	if joined, ok := validate(entries[1]).(interface{ Unwrap() []error }); ok {
		fmt.Println("joined error count:", len(joined.Unwrap()))
	}
	fmt.Println("join of nothing is nil:", errors.Join() == nil)
}
