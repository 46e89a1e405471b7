package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Appt struct {
	Day     int
	Slot    int // minutes after 08:00
	Doctor  string
	Patient string
}

func (a Appt) Time() string {
	return fmt.Sprintf("%02d:%02d", 8+a.Slot/60, a.Slot%60)
}

func main() {
	appts := []Appt{
		{2, 30, "Mensah", "Alvarez"},
		{1, 90, "Berg", "Cohen"},
		{1, 0, "Mensah", "Dubois"},
		{2, 0, "Berg", "Eriksen"},
		{1, 90, "Adeyemi", "Farouk"},
		{3, 120, "Berg", "Gallo"},
		{1, 30, "Adeyemi", "Haas"},
	}

	slices.SortFunc(appts, func(a, b Appt) int {
		return cmp.Or(
			cmp.Compare(a.Day, b.Day),
			cmp.Compare(a.Slot, b.Slot),
			strings.Compare(a.Doctor, b.Doctor),
		)
	})
	fmt.Println("by day, time, doctor:")
	for _, a := range appts {
		fmt.Printf("  day %d %s %-8s %s\n", a.Day, a.Time(), a.Doctor, a.Patient)
	}

	byDoc := slices.Clone(appts)
	slices.SortStableFunc(byDoc, func(a, b Appt) int { return strings.Compare(a.Doctor, b.Doctor) })
	fmt.Println("by doctor (stable):")
	for _, a := range byDoc {
		fmt.Printf("  %-8s day %d %s\n", a.Doctor, a.Day, a.Time())
	}

	idx, found := slices.BinarySearchFunc(appts, 2, func(a Appt, day int) int {
		return cmp.Compare(a.Day, day)
	})
	fmt.Printf("first day-2 appointment at index %d (found=%t): %s\n", idx, found, appts[idx].Patient)

	i := slices.IndexFunc(appts, func(a Appt) bool { return a.Patient == "Gallo" })
	fmt.Println("Gallo index:", i)
	hasLate := slices.ContainsFunc(appts, func(a Appt) bool { return a.Slot >= 120 })
	fmt.Println("any 10:00+ slot:", hasLate)

	names := make([]string, 0, len(appts))
	for _, a := range appts {
		names = append(names, a.Patient)
	}
	slices.Sort(names)
	fmt.Println("patients:", names)
	doctors := make([]string, 0)
	for _, a := range appts {
		doctors = append(doctors, a.Doctor)
	}
	slices.Sort(doctors)
	doctors = slices.Compact(doctors)
	fmt.Println("doctors:", doctors)
	oldest := slices.MaxFunc(appts, func(a, b Appt) int { return cmp.Compare(a.Day*1000+a.Slot, b.Day*1000+b.Slot) })
	fmt.Printf("last appointment: %+v\n", oldest)
}
