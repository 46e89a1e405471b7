package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Clock int // minutes since midnight

func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}

func parseClock(s string) (Clock, error) {
	hh, mm, ok := strings.Cut(s, ":")
	if !ok {
		return 0, fmt.Errorf("bad time %q", s)
	}
	h, err := strconv.Atoi(hh)
	if err != nil {
		return 0, fmt.Errorf("bad hour in %q: %w", s, err)
	}
	m, err := strconv.Atoi(mm)
	if err != nil {
		return 0, fmt.Errorf("bad minute in %q: %w", s, err)
	}
	return Clock(h*60 + m), nil
}

type Appointment struct {
	Carrier    string
	Start, End Clock
	Dock       int
}

type byStart []*Appointment

func (a byStart) Len() int      { return len(a) }
func (a byStart) Swap(i, j int) { a[i], a[j] = a[j], a[i] }
func (a byStart) Less(i, j int) bool {
	if a[i].Start != a[j].Start {
		return a[i].Start < a[j].Start
	}
	return a[i].Carrier < a[j].Carrier
}

// assign gives every appointment the lowest-numbered dock free at its start.
func assign(appts []*Appointment) int {
	sort.Sort(byStart(appts))
	var freeAt []Clock
	for _, a := range appts {
		dock := -1
		for d, t := range freeAt {
			if t <= a.Start {
				dock = d
				break
			}
		}
		if dock == -1 {
			freeAt = append(freeAt, 0)
			dock = len(freeAt) - 1
		}
		freeAt[dock] = a.End
		a.Dock = dock + 1
	}
	return len(freeAt)
}

func main() {
	raw := `FastFreight 06:30 07:45
BlueLine 07:00 08:00
Northway 07:15 07:30
Cargonia 07:45 09:00
Northway 08:00 08:20
Kestrel 08:10 9:05
RoadRunner 8:x0 09:00
BlueLine 09:00 10:15`
	var appts []*Appointment
	for n, line := range strings.Split(raw, "\n") {
		f := strings.Fields(line)
		start, err1 := parseClock(f[1])
		end, err2 := parseClock(f[2])
		if err1 != nil || err2 != nil {
			fmt.Printf("line %d skipped: %v %v\n", n+1, err1, err2)
			continue
		}
		appts = append(appts, &Appointment{Carrier: f[0], Start: start, End: end})
	}
	docks := assign(appts)
	fmt.Println("docks needed:", docks)
	perDock := make([][]string, docks)
	for _, a := range appts {
		fmt.Printf("%-12s %v-%v dock %d\n", a.Carrier, a.Start, a.End, a.Dock)
		perDock[a.Dock-1] = append(perDock[a.Dock-1], a.Carrier)
	}
	for i, names := range perDock {
		fmt.Printf("dock %d: %s\n", i+1, strings.Join(names, ", "))
	}
}
