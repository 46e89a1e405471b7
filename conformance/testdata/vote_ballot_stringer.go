package main

import (
	"fmt"
	"strings"
)

// Party identifies a political party on the ballot.
type Party int

const (
	Independent Party = iota
	Green
	Labour
	Liberal
	Conservative
)

func (p Party) String() string {
	switch p {
	case Green:
		return "Green"
	case Labour:
		return "Labour"
	case Liberal:
		return "Liberal"
	case Conservative:
		return "Conservative"
	}
	return "Independent"
}

// Candidate is a person standing for election.
type Candidate struct {
	Name  string
	Party Party
	Seat  string
}

func (c Candidate) String() string {
	return fmt.Sprintf("%s (%s, %s)", c.Name, c.Party, c.Seat)
}

// Ballot lists candidates for one race.
type Ballot struct {
	Race       string
	Candidates []Candidate
	Serial     uint32
}

func (b *Ballot) Add(c Candidate) {
	b.Candidates = append(b.Candidates, c)
}

func (b Ballot) Render() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "== %s == serial %08X\n", strings.ToUpper(b.Race), b.Serial)
	for i, c := range b.Candidates {
		fmt.Fprintf(&sb, "  [ ] %d. %-18s %v\n", i+1, c.Name, c.Party)
	}
	return sb.String()
}

func main() {
	b := &Ballot{Race: "North Ward Council", Serial: 0xBEEF42}
	b.Add(Candidate{"Ada Moreno", Green, "North"})
	b.Add(Candidate{"Ben Okafor", Labour, "North"})
	b.Add(Candidate{"Cleo Varga", Conservative, "North"})
	b.Add(Candidate{"Dev Patel", Independent, "North"})

	fmt.Print(b.Render())

	first := b.Candidates[0]
	fmt.Printf("%%v : %v\n", first)
	fmt.Printf("%%+v: %+v\n", first.Party)
	fmt.Printf("%%d : %d\n", first.Party)
	fmt.Printf("%%T : %T\n", first)
	fmt.Printf("%%q : %q\n", first.Name)
	fmt.Printf("%%x : %x\n", b.Serial)
	fmt.Printf("%%#v: %#v\n", Candidate{Name: "Eve", Party: Liberal})

	parties := map[Party]int{}
	for _, c := range b.Candidates {
		parties[c.Party]++
	}
	for p := Independent; p <= Conservative; p++ {
		fmt.Printf("%-13s standing: %d\n", p, parties[p])
	}
}
