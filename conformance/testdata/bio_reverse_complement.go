package main

import (
	"bytes"
	"errors"
	"fmt"
)

type InvalidBaseError struct {
	Pos  int
	Base byte
}

func (e *InvalidBaseError) Error() string {
	return fmt.Sprintf("invalid base %q at position %d", e.Base, e.Pos)
}

var complement = map[byte]byte{
	'A': 'T', 'T': 'A', 'G': 'C', 'C': 'G', 'N': 'N',
	'a': 't', 't': 'a', 'g': 'c', 'c': 'g', 'n': 'n',
}

func ReverseComplement(seq []byte) ([]byte, error) {
	out := make([]byte, len(seq))
	for i, b := range seq {
		c, ok := complement[b]
		if !ok {
			return nil, &InvalidBaseError{Pos: i, Base: b}
		}
		out[len(seq)-1-i] = c
	}
	return out, nil
}

func isPalindromic(seq []byte) bool {
	rc, err := ReverseComplement(seq)
	return err == nil && bytes.Equal(rc, seq)
}

func process(name string, seq string) error {
	rc, err := ReverseComplement([]byte(seq))
	if err != nil {
		return fmt.Errorf("sequence %s: %w", name, err)
	}
	fmt.Printf("%-6s %s\n       %s\n", name, seq, rc)
	fmt.Printf("       hex(first 4 of rc) = %x\n", rc[:min(4, len(rc))])
	return nil
}

func main() {
	inputs := []struct{ name, seq string }{
		{"s1", "AAAACCCGGT"},
		{"s2", "GAATTC"},
		{"s3", "acgtnNACGT"},
		{"bad", "ACGUACGT"},
		{"bad2", "AC GT"},
		{"s4", "TTGACCATGGTCAA"},
	}
	for _, in := range inputs {
		err := process(in.name, in.seq)
		var ibe *InvalidBaseError
		if errors.As(err, &ibe) {
			fmt.Printf("error: %v\n  -> base=%c pos=%d type=%T\n", err, ibe.Base, ibe.Pos, ibe)
		}
	}

	fmt.Println("== palindromic sites (length 4..8) in GCGAATTCGGATCCAT ==")
	text := []byte("GCGAATTCGGATCCAT")
	for l := 4; l <= 8; l += 2 {
		for i := 0; i+l <= len(text); i++ {
			if isPalindromic(text[i : i+l]) {
				fmt.Printf("pos=%2d len=%d %s\n", i+1, l, text[i:i+l])
			}
		}
	}
	twice, _ := ReverseComplement(must(ReverseComplement([]byte("GATTACA"))))
	fmt.Printf("double rc: %q\n", twice)
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
