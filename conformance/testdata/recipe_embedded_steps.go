package main

import (
	"fmt"
	"strings"
	"time"
)

// Timed is embedded by steps that take a measurable time.
type Timed struct {
	Duration time.Duration
}

func (t Timed) Minutes() float64 { return t.Duration.Minutes() }

// Note is embedded to give a step an optional note.
type Note struct {
	Text string
}

func (n Note) HasNote() bool { return n.Text != "" }

type Step interface {
	Describe() string
}

type PrepStep struct {
	Timed
	Note
	Action string
}

func (p PrepStep) Describe() string { return "prep: " + p.Action }

type CookStep struct {
	Timed
	Note
	Action string
	TempC  int
}

func (c CookStep) Describe() string {
	return fmt.Sprintf("cook: %s at %d°C", c.Action, c.TempC)
}

type RestStep struct {
	Timed
}

func (r RestStep) Describe() string { return "rest" }

type durationer interface {
	Minutes() float64
}

func main() {
	steps := []Step{
		PrepStep{Timed{10 * time.Minute}, Note{"use a sharp knife"}, "dice onions"},
		PrepStep{Timed: Timed{5 * time.Minute}, Action: "mix spices"},
		CookStep{Timed{8 * time.Minute}, Note{}, "brown onions", 180},
		CookStep{Timed{90 * time.Minute}, Note{"lid on"}, "braise beef", 150},
		RestStep{Timed{15 * time.Minute}},
	}

	var total time.Duration
	for i, s := range steps {
		line := fmt.Sprintf("%d) %s", i+1, s.Describe())
		if d, ok := s.(durationer); ok {
			line += fmt.Sprintf(" [%.0f min]", d.Minutes())
		}
		switch v := s.(type) {
		case PrepStep:
			total += v.Duration
			if v.HasNote() {
				line += " - " + v.Text
			}
		case CookStep:
			total += v.Timed.Duration
			if v.HasNote() {
				line += " - " + strings.ToUpper(v.Note.Text)
			}
		case RestStep:
			total += v.Duration
		}
		fmt.Println(line)
	}
	fmt.Println("total time:", total)
	fmt.Printf("in hours: %.2f\n", total.Hours())

	c := CookStep{Timed{time.Hour}, Note{"x"}, "roast", 200}
	fmt.Printf("%+v\n", c)
}
