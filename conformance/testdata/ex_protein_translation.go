package main

import (
	"errors"
	"fmt"
	"slices"
)

var (
	ErrStop        = errors.New("stop codon")
	ErrInvalidBase = errors.New("invalid codon")
)

var codons = map[string]string{
	"AUG": "Methionine",
	"UUU": "Phenylalanine", "UUC": "Phenylalanine",
	"UUA": "Leucine", "UUG": "Leucine",
	"UCU": "Serine", "UCC": "Serine", "UCA": "Serine", "UCG": "Serine",
	"UAU": "Tyrosine", "UAC": "Tyrosine", "UGU": "Cysteine", "UGC": "Cysteine",
	"UGG": "Tryptophan", "UAA": "", "UAG": "", "UGA": "", // empty: stop codons
}

func FromCodon(c string) (string, error) {
	p, ok := codons[c]
	switch {
	case !ok:
		return "", fmt.Errorf("%q: %w", c, ErrInvalidBase)
	case p == "":
		return "", ErrStop
	}
	return p, nil
}

func FromRNA(rna string) ([]string, error) {
	var out []string
	for i := 0; i < len(rna); i += 3 {
		end := min(i+3, len(rna))
		p, err := FromCodon(rna[i:end])
		if err == ErrStop {
			break
		}
		if err != nil {
			return out, fmt.Errorf("at %d: %w", i, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func main() {
	codonTests := []struct {
		in      string
		want    string
		wantErr error
	}{
		{"AUG", "Methionine", nil},
		{"UGG", "Tryptophan", nil},
		{"UCG", "Serine", nil},
		{"UAA", "", ErrStop},
		{"UGA", "", ErrStop},
		{"ABC", "", ErrInvalidBase},
	}
	for _, tc := range codonTests {
		got, err := FromCodon(tc.in)
		status := "PASS"
		if got != tc.want || !errors.Is(err, tc.wantErr) {
			status = "FAIL"
		}
		fmt.Printf("%s codon %s -> %q err=%v\n", status, tc.in, got, err)
	}

	rnaTests := []struct {
		name    string
		in      string
		want    []string
		wantErr error
	}{
		{"empty", "", nil, nil},
		{"three proteins", "UUUUUUUUU", []string{"Phenylalanine", "Phenylalanine", "Phenylalanine"}, nil},
		{"stops at start", "UAGUGG", nil, nil},
		{"stops after one", "UGGUAG", []string{"Tryptophan"}, nil},
		{"stop in middle", "UGGUGUUAUUAAUGGUUU", []string{"Tryptophan", "Cysteine", "Tyrosine"}, nil},
		{"invalid codon", "AUGXYZ", []string{"Methionine"}, ErrInvalidBase},
		{"incomplete codon", "AUGUU", []string{"Methionine"}, ErrInvalidBase},
		{"incomplete after stop", "UUCUUCUAAUGGU", []string{"Phenylalanine", "Phenylalanine"}, nil},
	}
	for _, tc := range rnaTests {
		got, err := FromRNA(tc.in)
		status := "PASS"
		if !slices.Equal(got, tc.want) || !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
			status = "FAIL"
		}
		if err != nil {
			fmt.Printf("%s %-22s partial=%v err=%v invalid=%t stop=%t\n",
				status, tc.name, got, err, errors.Is(err, ErrInvalidBase), errors.Is(err, ErrStop))
		} else {
			fmt.Printf("%s %-22s %v\n", status, tc.name, got)
		}
	}
}
