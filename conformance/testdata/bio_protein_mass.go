package main

import (
	"fmt"
	"slices"
	"strings"
)

var monoisotopic = map[rune]float64{
	'A': 71.03711, 'C': 103.00919, 'D': 115.02694, 'E': 129.04259,
	'F': 147.06841, 'G': 57.02146, 'H': 137.05891, 'I': 113.08406,
	'K': 128.09496, 'L': 113.08406, 'M': 131.04049, 'N': 114.04293,
	'P': 97.05276, 'Q': 128.05858, 'R': 156.10111, 'S': 87.03203,
	'T': 101.04768, 'V': 99.06841, 'W': 186.07931, 'Y': 163.06333,
}

const water = 18.01056

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Peptide string

func (p Peptide) Residues() []float64 {
	return Map([]rune(string(p)), func(r rune) float64 { return monoisotopic[r] })
}

func (p Peptide) Mass() float64 { return Sum(p.Residues()...) }

// Spectrum returns the linear theoretical spectrum (prefix and suffix fragments).
func (p Peptide) Spectrum() []float64 {
	res := p.Residues()
	prefix := make([]float64, len(res)+1)
	for i, m := range res {
		prefix[i+1] = prefix[i] + m
	}
	var spec []float64
	for i := range len(res) + 1 {
		for j := i + 1; j <= len(res); j++ {
			spec = append(spec, prefix[j]-prefix[i])
		}
	}
	slices.Sort(spec)
	return spec
}

func main() {
	peptides := []Peptide{"SKADYEK", "NQEL", "GAV", "WWW", "MAMAPRTEINSTRING"}
	for _, p := range peptides {
		fmt.Printf("%-18s residues=%2d mass=%10.3f +H2O=%10.3f\n", p, len(p), p.Mass(), p.Mass()+water)
	}
	fmt.Println("integer-ish spectrum of NQEL:")
	spec := Peptide("NQEL").Spectrum()
	for i, m := range spec {
		fmt.Printf("%9.3f", m)
		if (i+1)%5 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	ints := Map(spec, func(f float64) int { return int(f + 0.5) })
	fmt.Printf("rounded: %v sum=%d\n", ints, Sum(ints...))

	// infer protein from prefix masses
	prefixes := []float64{3524.8542, 3710.9335, 3841.974, 3970.0326, 4057.0646}
	var sb strings.Builder
	keys := make([]rune, 0, len(monoisotopic))
	for k := range monoisotopic {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i := 1; i < len(prefixes); i++ {
		diff := prefixes[i] - prefixes[i-1]
		best := keys[0]
		for _, k := range keys {
			if abs(monoisotopic[k]-diff) < abs(monoisotopic[best]-diff) {
				best = k
			}
		}
		sb.WriteRune(best)
		fmt.Printf("diff %8.4f -> %c (%.5f)\n", diff, best, monoisotopic[best])
	}
	fmt.Printf("inferred: %s (I/L ambiguous)\n", sb.String())
	fmt.Printf("%T %T %v\n", Peptide(""), Sum[float64], Sum(1, 2, 3))
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
