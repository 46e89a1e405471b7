package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("empty move")

// SyntaxError reports where a SAN string went wrong.
type SyntaxError struct {
	Move string
	Pos  int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("syntax error in %q at %d: %s", e.Move, e.Pos, e.Msg)
}

type Move struct {
	Piece     byte
	Capture   bool
	To        string
	Promotion byte
	Check     bool
	Castle    string
}

func ParseSAN(s string) (Move, error) {
	var m Move
	orig := s
	if s == "" {
		return m, ErrEmpty
	}
	s, m.Check = strings.CutSuffix(s, "+")
	s = strings.TrimSuffix(s, "#")
	if s == "O-O" || s == "O-O-O" {
		m.Piece, m.Castle = 'K', s
		return m, nil
	}
	m.Piece = 'P'
	if strings.ContainsRune("KQRBN", rune(s[0])) {
		m.Piece = s[0]
		s = s[1:]
	}
	if before, after, ok := strings.Cut(s, "="); ok {
		if len(after) != 1 || !strings.ContainsRune("QRBN", rune(after[0])) {
			return m, &SyntaxError{Move: orig, Pos: len(before) + 1, Msg: "bad promotion piece"}
		}
		m.Promotion = after[0]
		s = before
	}
	if len(s) < 2 {
		return m, &SyntaxError{Move: orig, Pos: 0, Msg: "too short"}
	}
	m.To = s[len(s)-2:]
	if m.To[0] < 'a' || m.To[0] > 'h' || m.To[1] < '1' || m.To[1] > '8' {
		return m, &SyntaxError{Move: orig, Pos: len(s) - 2, Msg: "bad square"}
	}
	m.Capture = strings.Contains(s, "x")
	return m, nil
}

func parseGame(moves []string) error {
	for i, mv := range moves {
		if _, err := ParseSAN(mv); err != nil {
			return fmt.Errorf("ply %d: %w", i+1, err)
		}
	}
	return nil
}

func main() {
	inputs := []string{"e4", "Nf3", "Bxc6+", "O-O", "exd8=Q#", "Qh9", "e8=K", "", "R"}
	for _, in := range inputs {
		m, err := ParseSAN(in)
		if err != nil {
			fmt.Printf("%-8q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-8q %+v\n", in, m)
	}
	err := parseGame([]string{"d4", "d5", "c4", "Zz9"})
	fmt.Println("game:", err)
	var se *SyntaxError
	if errors.As(err, &se) {
		fmt.Printf("as SyntaxError: pos=%d msg=%s\n", se.Pos, se.Msg)
	}
	err = parseGame([]string{"e4", ""})
	fmt.Println("game:", err, "| is ErrEmpty:", errors.Is(err, ErrEmpty))
}
