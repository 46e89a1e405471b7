package main

import (
	"fmt"
	"strings"
)

type Person struct {
	First, Last string
}

func (p Person) FullName() string {
	return p.First + " " + p.Last
}

type Badge struct {
	Number int
	Level  string
}

func (b Badge) Describe() string {
	return fmt.Sprintf("badge #%04d (%s)", b.Number, b.Level)
}

type Keeper struct {
	Person
	Badge
	Sections []string
}

func (k *Keeper) Assign(section string) {
	k.Sections = append(k.Sections, section)
}

func (k Keeper) Summary() string {
	return fmt.Sprintf("%s, %s, sections: %s",
		k.FullName(), k.Describe(), strings.Join(k.Sections, ", "))
}

type HeadKeeper struct {
	Keeper
	Team []*Keeper
}

func (h HeadKeeper) Describe() string {
	return "head keeper with " + fmt.Sprint(len(h.Team)) + " reports, " + h.Keeper.Describe()
}

func main() {
	amy := &Keeper{Person: Person{"Amy", "Okafor"}, Badge: Badge{17, "senior"}}
	ben := &Keeper{Person: Person{"Ben", "Liu"}, Badge: Badge{203, "junior"}}
	amy.Assign("Big Cats")
	amy.Assign("Primates")
	ben.Assign("Reptile House")

	fmt.Println(amy.Summary())
	fmt.Println(ben.Summary())
	fmt.Println("Promoted field:", amy.First, "/", ben.Number)

	head := HeadKeeper{
		Keeper: Keeper{Person: Person{"Carmen", "Diaz"}, Badge: Badge{1, "chief"}},
		Team:   []*Keeper{amy, ben},
	}
	head.Assign("Administration")
	fmt.Println(head.Describe())
	fmt.Println(head.FullName(), "manages:")
	for _, k := range head.Team {
		fmt.Printf("  - %-12s %d section(s)\n", k.FullName(), len(k.Sections))
	}
	fmt.Printf("%+v\n", ben.Person)
	fmt.Printf("%+v\n", head.Badge)
}
