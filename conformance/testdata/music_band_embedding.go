package main

import (
	"fmt"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) Greeting() string { return "Hi, I'm " + p.Name }

type Musician struct {
	Person
	Instrument string
	Years      int
}

func (m Musician) Describe() string {
	return fmt.Sprintf("%s plays %s (%d yrs)", m.Name, m.Instrument, m.Years)
}

type Singer struct {
	Musician
	Range string
}

// Greeting overrides the promoted Person.Greeting.
func (s Singer) Greeting() string {
	return "La la la! " + s.Musician.Greeting()
}

type Performer interface {
	Greeting() string
	Describe() string
}

type Band struct {
	Name    string
	Members []Performer
	gigs    int
}

func (b *Band) PlayGig() { b.gigs++ }

func (b Band) Gigs() int { return b.gigs }

func (b Band) Lineup() string {
	var sb strings.Builder
	for i, m := range b.Members {
		if i > 0 {
			sb.WriteString("; ")
		}
		sb.WriteString(m.Describe())
	}
	return sb.String()
}

func main() {
	lead := Singer{
		Musician: Musician{Person: Person{"Maya", 29}, Instrument: "vocals", Years: 12},
		Range:    "mezzo-soprano",
	}
	guitar := Musician{Person{"Theo", 33}, "guitar", 18}
	bass := Musician{Person{"Ines", 27}, "bass", 9}
	drums := Musician{Person{"Kofi", 31}, "drums", 15}

	band := Band{Name: "Fourth Interval", Members: []Performer{lead, guitar, bass, drums}}
	fmt.Println("Band:", band.Name)
	for _, m := range band.Members {
		fmt.Println(" ", m.Greeting())
	}
	fmt.Println("Lineup:", band.Lineup())

	fmt.Println("Singer name via promotion:", lead.Name)
	fmt.Println("Singer age via full path:", lead.Musician.Person.Age)
	fmt.Printf("Singer range: %s\n", lead.Range)
	fmt.Printf("%+v\n", guitar)

	total := 0
	oldest := Person{}
	for _, p := range band.Members {
		switch v := p.(type) {
		case Singer:
			total += v.Years
			if v.Age > oldest.Age {
				oldest = v.Person
			}
		case Musician:
			total += v.Years
			if v.Age > oldest.Age {
				oldest = v.Person
			}
		}
	}
	fmt.Println("Combined experience:", total, "years")
	fmt.Println("Oldest member:", oldest.Name)

	for range 3 {
		band.PlayGig()
	}
	fmt.Println("Gigs played:", band.Gigs())
}
