package main

import (
	"fmt"
	"math"
	"strings"
)

const alphabet = "ACGT"

type Profile [4][]float64

type Counts [4][]int

func index(b byte) int { return strings.IndexByte(alphabet, b) }

func CountMatrix(motifs []string, pseudo int) Counts {
	var c Counts
	n := len(motifs[0])
	for i := range c {
		c[i] = make([]int, n)
		for j := range n {
			c[i][j] = pseudo
		}
	}
	for _, m := range motifs {
		for j := range len(m) {
			c[index(m[j])][j]++
		}
	}
	return c
}

func (c Counts) Profile() Profile {
	var p Profile
	n := len(c[0])
	for i := range p {
		p[i] = make([]float64, n)
	}
	for j := range n {
		tot := 0
		for i := range 4 {
			tot += c[i][j]
		}
		for i := range 4 {
			p[i][j] = float64(c[i][j]) / float64(tot)
		}
	}
	return p
}

func (c Counts) Consensus() string {
	var sb strings.Builder
	for j := range len(c[0]) {
		best := 0
		for i := 1; i < 4; i++ {
			if c[i][j] > c[best][j] {
				best = i
			}
		}
		sb.WriteByte(alphabet[best])
	}
	return sb.String()
}

func (p Profile) Entropy() float64 {
	h := 0.0
	for j := range len(p[0]) {
		for i := range 4 {
			if q := p[i][j]; q > 0 {
				h -= q * math.Log2(q)
			}
		}
	}
	return h
}

func (p Profile) Prob(kmer string) float64 {
	pr := 1.0
	for j := range len(kmer) {
		pr *= p[index(kmer[j])][j]
	}
	return pr
}

func (p Profile) MostProbable(text string, k int) (string, float64) {
	best, bp := text[:k], -1.0
	for i := 0; i+k <= len(text); i++ {
		if pr := p.Prob(text[i : i+k]); pr > bp {
			best, bp = text[i:i+k], pr
		}
	}
	return best, bp
}

func main() {
	motifs := []string{
		"TCGGGGGTTTTT", "CCGGTGACTTAC", "ACGGGGATTTTC", "TTGGGGACTTTT",
		"AAGGGGACTTCC", "TTGGGGACTTCC", "TCGGGGATTCAT", "TCGGGGATTCCT",
		"TAGGGGAACTAC", "TCGGGTATAACC",
	}
	c := CountMatrix(motifs, 0)
	fmt.Println("counts:")
	for i, row := range c {
		fmt.Printf("  %c: %v\n", alphabet[i], row)
	}
	p := c.Profile()
	fmt.Println("profile:")
	for i, row := range p {
		fmt.Printf("  %c:", alphabet[i])
		for _, v := range row {
			fmt.Printf(" %4.1f", v)
		}
		fmt.Println()
	}
	cons := c.Consensus()
	score := 0
	for _, m := range motifs {
		for j := range len(m) {
			if m[j] != cons[j] {
				score++
			}
		}
	}
	fmt.Printf("consensus=%s score=%d entropy=%.4f\n", cons, score, p.Entropy())

	lap := CountMatrix(motifs, 1).Profile()
	fmt.Printf("laplace entropy=%.4f\n", lap.Entropy())
	text := "ACCTGTTTATTGCCTAAGTTCCGAACAAACCCAATATAGCCCGAGGGCCT"
	for _, prof := range []Profile{p, lap} {
		best, pr := prof.MostProbable(text, 12)
		fmt.Printf("most probable 12-mer: %s p=%.3e\n", best, pr)
	}
	fmt.Printf("P(consensus)=%.6f P(TTTTTTTTTTTT)=%g\n", p.Prob(cons), p.Prob("TTTTTTTTTTTT"))
}
