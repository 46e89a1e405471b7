package main

import (
	"errors"
	"fmt"
	"strings"
)

const bases = "UCAG"
const aminoTable = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"

var codonTable = buildTable()

func buildTable() map[string]byte {
	t := make(map[string]byte, 64)
	i := 0
	for _, a := range bases {
		for _, b := range bases {
			for _, c := range bases {
				t[string([]rune{a, b, c})] = aminoTable[i]
				i++
			}
		}
	}
	return t
}

var ErrNoStop = errors.New("no stop codon")

type UnknownCodonError struct{ Codon string }

func (e UnknownCodonError) Error() string { return "unknown codon " + e.Codon }

func Translate(rna string) (string, error) {
	var sb strings.Builder
	for i := 0; i+3 <= len(rna); i += 3 {
		aa, ok := codonTable[rna[i:i+3]]
		if !ok {
			return sb.String(), UnknownCodonError{rna[i : i+3]}
		}
		if aa == '*' {
			return sb.String(), nil
		}
		sb.WriteByte(aa)
	}
	return sb.String(), ErrNoStop
}

func Transcribe(dna string) string { return strings.ReplaceAll(dna, "T", "U") }

func revComp(dna string) string {
	r := strings.NewReplacer("A", "T", "T", "A", "C", "G", "G", "C")
	s := []byte(r.Replace(dna))
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return string(s)
}

func ORFs(dna string) []string {
	var out []string
	seen := map[string]bool{}
	for _, strand := range []string{dna, revComp(dna)} {
		rna := Transcribe(strand)
		for i := 0; i+3 <= len(rna); i++ {
			if rna[i:i+3] != "AUG" {
				continue
			}
			p, err := Translate(rna[i:])
			if err == nil && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

func main() {
	fmt.Printf("table size=%d  AUG=%c UAA=%c GGC=%c\n", len(codonTable), codonTable["AUG"], codonTable["UAA"], codonTable["GGC"])
	inputs := []string{
		"AUGGCCAUGGCGCCCAGAACUGAGAUCAAUAGUACCCGUAUUAACGGGUGA",
		"AUGUUUCCCGGG",
		"AUGXYZUAA",
		"AUGAAAUAGCCC",
	}
	for _, in := range inputs {
		p, err := Translate(in)
		var uce UnknownCodonError
		switch {
		case err == nil:
			fmt.Printf("%-52s -> %s\n", in, p)
		case errors.Is(err, ErrNoStop):
			fmt.Printf("%-52s -> %s (warning: %v)\n", in, p, err)
		case errors.As(err, &uce):
			fmt.Printf("%-52s -> partial %q, bad codon %q\n", in, p, uce.Codon)
		}
	}
	dna := "AGCCATGTAGCTAACTCAGGTTACATGGGGATGACCCCGCGACTTGGATTAGAGTCTCTTTTGGAATAAGCCTGAATGATCCGAGTAGCATCTCAG"
	orfs := ORFs(dna)
	fmt.Printf("found %d ORFs:\n", len(orfs))
	for _, o := range orfs {
		fmt.Printf("  %q (len %d)\n", o, len(o))
	}
	// codon usage for amino acid L
	var leu []string
	for _, a := range bases {
		for _, b := range bases {
			for _, c := range bases {
				cod := string([]rune{a, b, c})
				if codonTable[cod] == 'L' {
					leu = append(leu, cod)
				}
			}
		}
	}
	fmt.Println("Leu codons:", leu)
}
