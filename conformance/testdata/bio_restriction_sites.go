package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Enzyme interface {
	Name() string
	Cuts(seq string) []int
}

type Site struct {
	Recognition string
	CutOffset   int
}

func (s Site) Cuts(seq string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(seq[i:], s.Recognition)
		if j < 0 {
			return out
		}
		out = append(out, i+j+s.CutOffset)
		i += j + 1
	}
}

type NamedEnzyme struct {
	Site
	name string
}

func (e NamedEnzyme) Name() string { return e.name }

func (e NamedEnzyme) String() string {
	return fmt.Sprintf("%s(%s^%d)", e.name, e.Recognition, e.CutOffset)
}

type Fragment struct {
	Start, End int
}

func (f Fragment) Len() int { return f.End - f.Start }

func Digest(seq string, enzymes ...Enzyme) ([]Fragment, []int) {
	set := map[int]bool{}
	for _, e := range enzymes {
		for _, c := range e.Cuts(seq) {
			set[c] = true
		}
	}
	cuts := make([]int, 0, len(set))
	for c := range set {
		cuts = append(cuts, c)
	}
	sort.Ints(cuts)
	var frags []Fragment
	prev := 0
	for _, c := range append(cuts, len(seq)) {
		if c > prev {
			frags = append(frags, Fragment{prev, c})
		}
		prev = c
	}
	return frags, cuts
}

func randomPlasmid(r *rand.Rand, n int, inserts map[int]string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = "ACGT"[r.IntN(4)]
	}
	pos := make([]int, 0, len(inserts))
	for p := range inserts {
		pos = append(pos, p)
	}
	sort.Ints(pos)
	for _, p := range pos {
		copy(b[p:], inserts[p])
	}
	return string(b)
}

func main() {
	ecoRI := NamedEnzyme{Site{"GAATTC", 1}, "EcoRI"}
	bamHI := NamedEnzyme{Site{"GGATCC", 1}, "BamHI"}
	hindIII := NamedEnzyme{Site{"AAGCTT", 1}, "HindIII"}
	taqI := NamedEnzyme{Site{"TCGA", 1}, "TaqI"}
	all := []Enzyme{ecoRI, bamHI, hindIII, taqI}

	r := rand.New(rand.NewPCG(7, 11))
	plasmid := randomPlasmid(r, 240, map[int]string{30: "GAATTC", 95: "GGATCC", 150: "AAGCTT", 200: "GAATTC"})
	fmt.Printf("plasmid %d bp, starts %s...\n", len(plasmid), plasmid[:24])
	for _, e := range all {
		fmt.Printf("%-22v cuts at %v\n", e, e.Cuts(plasmid))
	}
	combos := [][]Enzyme{{ecoRI}, {ecoRI, bamHI}, {bamHI, hindIII}, all}
	for _, c := range combos {
		names := make([]string, len(c))
		for i, e := range c {
			names[i] = e.Name()
		}
		frags, cuts := Digest(plasmid, c...)
		lens := make([]int, len(frags))
		for i, f := range frags {
			lens[i] = f.Len()
		}
		sort.Sort(sort.Reverse(sort.IntSlice(lens)))
		fmt.Printf("%s: cuts=%v\n  fragments=%v\n  gel order=%v\n", strings.Join(names, "+"), cuts, frags, lens)
	}
	fmt.Printf("%T embedded %T, recognition %q\n", ecoRI, ecoRI.Site, ecoRI.Recognition)
}
