package main

import (
	"fmt"
	"sort"
	"strings"
)

type Weekday int

const (
	Mon Weekday = iota
	Tue
	Wed
	Thu
	Fri
)

func (d Weekday) String() string {
	return [...]string{"Mon", "Tue", "Wed", "Thu", "Fri"}[d]
}

type Slot struct {
	Day        Weekday
	Start, End int // minutes from midnight
}

func hm(h, m int) int { return h*60 + m }

func fmtTime(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

func (s Slot) String() string {
	return fmt.Sprintf("%v %s-%s", s.Day, fmtTime(s.Start), fmtTime(s.End))
}

type Lesson struct {
	Course, Teacher, Room string
	Slot
}

type Conflict struct {
	A, B   Lesson
	Reason string
}

func overlaps(a, b Slot) bool {
	return a.Day == b.Day && a.Start < b.End && b.Start < a.End
}

func findConflicts(ls []Lesson) []Conflict {
	var out []Conflict
	for i := 0; i < len(ls); i++ {
		for j := i + 1; j < len(ls); j++ {
			a, b := ls[i], ls[j]
			if !overlaps(a.Slot, b.Slot) {
				continue
			}
			var reasons []string
			if a.Teacher == b.Teacher {
				reasons = append(reasons, "teacher "+a.Teacher)
			}
			if a.Room == b.Room {
				reasons = append(reasons, "room "+a.Room)
			}
			if len(reasons) > 0 {
				out = append(out, Conflict{a, b, strings.Join(reasons, " & ")})
			}
		}
	}
	return out
}

func main() {
	lessons := []Lesson{
		{"Math", "Novak", "R1", Slot{Mon, hm(9, 0), hm(10, 30)}},
		{"Physics", "Novak", "R2", Slot{Mon, hm(10, 0), hm(11, 0)}},
		{"History", "Ortiz", "R1", Slot{Mon, hm(10, 30), hm(12, 0)}},
		{"Art", "Quinn", "R3", Slot{Tue, hm(13, 0), hm(14, 0)}},
		{"Music", "Quinn", "R3", Slot{Tue, hm(13, 30), hm(14, 30)}},
		{"Biology", "Reyes", "R2", Slot{Wed, hm(8, 15), hm(9, 45)}},
		{"Chem", "Reyes", "R2", Slot{Thu, hm(8, 15), hm(9, 45)}},
		{"Latin", "Ortiz", "R1", Slot{Fri, hm(11, 0), hm(12, 0)}},
	}
	sort.SliceStable(lessons, func(i, j int) bool {
		if lessons[i].Day != lessons[j].Day {
			return lessons[i].Day < lessons[j].Day
		}
		return lessons[i].Start < lessons[j].Start
	})
	for _, l := range lessons {
		fmt.Printf("%-16v %-8s %-6s %s\n", l.Slot, l.Course, l.Teacher, l.Room)
	}
	conflicts := findConflicts(lessons)
	fmt.Printf("%d conflict(s)\n", len(conflicts))
	for i, c := range conflicts {
		fmt.Printf("%d. %s vs %s on %v: %s\n", i+1, c.A.Course, c.B.Course, c.A.Day, c.Reason)
	}
	load := map[string]int{}
	for _, l := range lessons {
		load[l.Teacher] += l.End - l.Start
	}
	teachers := make([]string, 0, len(load))
	for t := range load {
		teachers = append(teachers, t)
	}
	sort.Strings(teachers)
	for _, t := range teachers {
		fmt.Printf("%-6s teaches %3d min (%.1f h)\n", t, load[t], float64(load[t])/60)
	}
}
