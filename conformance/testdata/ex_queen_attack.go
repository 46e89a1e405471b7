package main

import (
	"errors"
	"fmt"
)

var ErrSameSquare = errors.New("queens on the same square")

type PositionError struct {
	Square string
}

func (e *PositionError) Error() string {
	return fmt.Sprintf("invalid square %q", e.Square)
}

type Square struct{ File, Rank int }

func (s Square) String() string { return fmt.Sprintf("%c%d", 'a'+s.File, s.Rank+1) }

func ParseSquare(s string) (Square, error) {
	if len(s) != 2 || s[0] < 'a' || s[0] > 'h' || s[1] < '1' || s[1] > '8' {
		return Square{}, &PositionError{s}
	}
	return Square{int(s[0] - 'a'), int(s[1] - '1')}, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func CanAttack(w, b string) (bool, error) {
	ws, err := ParseSquare(w)
	if err != nil {
		return false, fmt.Errorf("white: %w", err)
	}
	bs, err := ParseSquare(b)
	if err != nil {
		return false, fmt.Errorf("black: %w", err)
	}
	if ws == bs {
		return false, ErrSameSquare
	}
	df, dr := abs(ws.File-bs.File), abs(ws.Rank-bs.Rank)
	return df == 0 || dr == 0 || df == dr, nil
}

func main() {
	tests := []struct {
		name    string
		w, b    string
		want    bool
		wantErr bool
	}{
		{"short diagonal", "b4", "d6", true, false},
		{"knight apart", "b3", "d7", false, false},
		{"same rank", "b4", "b7", true, false},
		{"same file", "a4", "b4", true, false},
		{"diagonal", "a1", "f6", true, false},
		{"other diagonal", "a6", "b7", true, false},
		{"anti diagonal", "d1", "f3", true, false},
		{"reverse diagonal", "f1", "a6", true, false},
		{"not related", "c2", "h5", false, false},
		{"same square", "e5", "e5", false, true},
		{"off board rank", "a0", "b2", false, true},
		{"off board file", "b2", "i1", false, true},
		{"too long", "a10", "b2", false, true},
		{"empty", "", "b2", false, true},
	}
	for _, tc := range tests {
		got, err := CanAttack(tc.w, tc.b)
		status := "PASS"
		if got != tc.want || (err != nil) != tc.wantErr {
			status = "FAIL"
		}
		var pe *PositionError
		switch {
		case err == ErrSameSquare:
			fmt.Printf("%s %-17s sentinel: %v\n", status, tc.name, err)
		case errors.As(err, &pe):
			fmt.Printf("%s %-17s bad square %q: %v\n", status, tc.name, pe.Square, err)
		default:
			fmt.Printf("%s %-17s %s vs %s attack=%t\n", status, tc.name, tc.w, tc.b, got)
		}
	}
	sq, _ := ParseSquare("h8")
	fmt.Println(sq, Square{3, 0}, []Square{{0, 0}, {7, 7}})
}
