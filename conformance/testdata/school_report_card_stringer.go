package main

import (
	"fmt"
	"strings"
)

type Letter int

const (
	F Letter = iota
	D
	C
	B
	A
)

func (l Letter) String() string {
	return [...]string{"F", "D", "C", "B", "A"}[l]
}

func ToLetter(score float64) Letter {
	switch {
	case score >= 90:
		return A
	case score >= 80:
		return B
	case score >= 70:
		return C
	case score >= 60:
		return D
	}
	return F
}

type Subject struct {
	Name  string
	Score float64
}

type ReportCard struct {
	Student  string
	Term     string
	Subjects []Subject
	Absences int
}

func (r ReportCard) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Report card: %s (%s)\n", r.Student, r.Term)
	for _, s := range r.Subjects {
		fmt.Fprintf(&b, "  %-10s %6.1f  %v\n", s.Name, s.Score, ToLetter(s.Score))
	}
	fmt.Fprintf(&b, "  GPA: %.2f, absences: %d", r.GPA(), r.Absences)
	return b.String()
}

func (r ReportCard) GPA() float64 {
	if len(r.Subjects) == 0 {
		return 0
	}
	sum := 0
	for _, s := range r.Subjects {
		sum += int(ToLetter(s.Score))
	}
	return float64(sum) / float64(len(r.Subjects))
}

func main() {
	rc := ReportCard{
		Student: "Maya Lin",
		Term:    "Autumn",
		Subjects: []Subject{
			{"Maths", 93.5},
			{"History", 78},
			{"Biology", 84.25},
			{"Art", 59},
		},
		Absences: 3,
	}
	fmt.Println(rc)

	l := ToLetter(84.25)
	fmt.Printf("%v %d %T %q\n", l, l, l, l)
	fmt.Printf("%+v\n", rc.Subjects[0])
	fmt.Printf("%#v\n", rc.Subjects[1])
	fmt.Printf("%T\n", rc)
	fmt.Printf("%x %X %o %b\n", rc.Absences*100, 255, 8, 5)
	fmt.Printf("[%8.2f] [%-8.2f] [%08.3f]\n", rc.GPA(), rc.GPA(), rc.GPA())
	fmt.Printf("%q\n", rc.Student)
	fmt.Printf("%5t %v\n", rc.GPA() > 2.5, []Letter{A, B, F})
	var nilCard *ReportCard
	fmt.Printf("%v %p\n", nilCard, nilCard)
}
