package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrFieldCount = errors.New("FEN must have 6 fields")
	ErrBadRank    = errors.New("rank does not sum to 8")
)

type FieldError struct {
	Field string
	Value string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("field %s=%q: %v", e.Field, e.Value, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

type Position struct {
	Placement string
	WhiteMove bool
	Castling  string
	EnPassant string
	Halfmove  int
	Fullmove  int
}

func parseFEN(fen string) (Position, error) {
	var p Position
	f := strings.Fields(fen)
	if len(f) != 6 {
		return p, fmt.Errorf("got %d fields: %w", len(f), ErrFieldCount)
	}
	ranks := strings.Split(f[0], "/")
	if len(ranks) != 8 {
		return p, &FieldError{"placement", f[0], fmt.Errorf("%d ranks", len(ranks))}
	}
	for i, r := range ranks {
		n := 0
		for _, ch := range r {
			if ch >= '1' && ch <= '8' {
				n += int(ch - '0')
			} else if strings.ContainsRune("KQRBNPkqrbnp", ch) {
				n++
			} else {
				return p, &FieldError{"placement", r, fmt.Errorf("bad char %q", ch)}
			}
		}
		if n != 8 {
			return p, &FieldError{"rank " + strconv.Itoa(8-i), r, ErrBadRank}
		}
	}
	p.Placement = f[0]
	switch f[1] {
	case "w":
		p.WhiteMove = true
	case "b":
	default:
		return p, &FieldError{"side", f[1], errors.New("want w or b")}
	}
	p.Castling, p.EnPassant = f[2], f[3]
	var err error
	if p.Halfmove, err = strconv.Atoi(f[4]); err != nil {
		return p, &FieldError{"halfmove", f[4], err}
	}
	if p.Fullmove, err = strconv.Atoi(f[5]); err != nil {
		return p, &FieldError{"fullmove", f[5], err}
	}
	return p, nil
}

func main() {
	fens := []string{
		"rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
		"rnbqkbnr/pp1ppppp/8/2p5/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2",
		"8/8/8/8/8/8/8/8 w - -",
		"rnbqkbnr/ppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
		"rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNX w KQkq - 0 1",
		"4k3/8/8/8/8/8/8/4K3 x - - 0 1",
		"4k3/8/8/8/8/8/8/4K3 w - - zero 1",
	}
	for i, fen := range fens {
		p, err := parseFEN(fen)
		if err != nil {
			fmt.Printf("#%d invalid: %v\n", i+1, err)
			var fe *FieldError
			var ne *strconv.NumError
			switch {
			case errors.Is(err, ErrFieldCount):
				fmt.Println("   -> wrong number of fields")
			case errors.Is(err, ErrBadRank):
				fmt.Println("   -> a rank has the wrong width")
			case errors.As(err, &ne):
				fmt.Printf("   -> number problem in %s: func=%s\n", ne.Num, ne.Func)
			case errors.As(err, &fe):
				fmt.Printf("   -> field %s rejected\n", fe.Field)
			}
			continue
		}
		side := "black"
		if p.WhiteMove {
			side = "white"
		}
		fmt.Printf("#%d ok: %s to move, castling %s, move %d\n", i+1, side, p.Castling, p.Fullmove)
	}
	p, _ := parseFEN(fens[1])
	fmt.Printf("%#v\n", p)
}
