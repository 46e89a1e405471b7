package main

import (
	"fmt"
	"strings"
)

// Person is the common base for everyone at a polling station.
type Person struct {
	Name string
	ID   int
}

func (p Person) Badge() string { return fmt.Sprintf("[%04d] %s", p.ID, p.Name) }

// Logger records actions; embedded by pointer so logs are shared.
type Logger struct {
	entries []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.entries = append(l.entries, fmt.Sprintf(format, args...))
}

// Clerk checks in voters.
type Clerk struct {
	Person
	*Logger
	checkedIn int
}

func (c *Clerk) CheckIn(voter string) {
	c.checkedIn++
	c.Logf("%s checked in %s (#%d)", c.Name, voter, c.checkedIn)
}

// Judge supervises and can override the Badge of the embedded Person.
type Judge struct {
	Person
	*Logger
	Precinct string
}

func (j Judge) Badge() string {
	return "JUDGE " + j.Person.Badge() + " @" + j.Precinct
}

func (j *Judge) Certify(count int) {
	j.Logf("%s certified %d ballots for %s", j.Name, count, j.Precinct)
}

// Observer is a read-only role with a party affiliation.
type Observer struct {
	Person
	Party string
}

type Badger interface{ Badge() string }

func main() {
	log := &Logger{}
	c1 := &Clerk{Person: Person{"Nadia", 12}, Logger: log}
	c2 := &Clerk{Person: Person{"Oscar", 17}, Logger: log}
	j := &Judge{Person{"Priya", 3}, log, "Ward 4"}
	o := Observer{Person{"Quinn", 88}, "Independent"}

	staff := []Badger{c1, c2, j, o}
	for _, s := range staff {
		fmt.Println(s.Badge())
	}

	voters := []string{"alice", "bob", "carol", "dan", "erin"}
	for i, v := range voters {
		if i%2 == 0 {
			c1.CheckIn(v)
		} else {
			c2.CheckIn(v)
		}
	}
	j.Certify(c1.checkedIn + c2.checkedIn)

	fmt.Println("shared log has", len(log.entries), "entries:")
	for i, e := range log.entries {
		fmt.Printf("%2d. %s\n", i+1, e)
	}

	fmt.Println("judge's inner badge:", j.Person.Badge())
	fmt.Printf("observer: %+v\n", o)
	fmt.Println("same logger:", c1.Logger == j.Logger)
	fmt.Println(strings.Repeat("-", 30))
}
