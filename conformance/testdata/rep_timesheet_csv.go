package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"slices"
	"strings"
	"time"
)

const timesheet = `# employee;date;start;end;project
nina;2024-06-03;08:30;12:00;ACME
nina;2024-06-03;12:45;17:15;ACME
nina;2024-06-04;09:00;18:30;INTERNAL
omar;2024-06-03;10:00;14:00;GLOBEX
omar;2024-06-04;22:00;02:00;GLOBEX
omar;2024-06-05;09:00;08:00;GLOBEX
pia;2024-06-03;07:00;15:30;ACME
pia;2024-06-05;13:00;19:00;INITECH
`

type Shift struct {
	Employee string
	Project  string
	Start    time.Time
	End      time.Time
}

func (s Shift) Duration() time.Duration { return s.End.Sub(s.Start) }

func parseShift(rec []string) (Shift, error) {
	day, err := time.Parse("2006-01-02", rec[1])
	if err != nil {
		return Shift{}, err
	}
	clock := func(s string) (time.Time, error) {
		t, err := time.Parse("15:04", s)
		if err != nil {
			return time.Time{}, err
		}
		return day.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute), nil
	}
	start, err := clock(rec[2])
	if err != nil {
		return Shift{}, err
	}
	end, err := clock(rec[3])
	if err != nil {
		return Shift{}, err
	}
	if !end.After(start) {
		end = end.AddDate(0, 0, 1) // overnight shift
	}
	if d := end.Sub(start); d > 12*time.Hour {
		return Shift{}, fmt.Errorf("shift of %v exceeds 12h limit", d)
	}
	return Shift{rec[0], rec[4], start, end}, nil
}

func main() {
	r := csv.NewReader(strings.NewReader(timesheet))
	r.Comma = ';'
	r.Comment = '#'
	r.FieldsPerRecord = 5
	records, err := r.ReadAll()
	if err != nil {
		log.Fatal(err)
	}

	var shifts []Shift
	for i, rec := range records {
		s, err := parseShift(rec)
		if err != nil {
			fmt.Printf("record %d (%s %s): rejected: %v\n", i+1, rec[0], rec[1], err)
			continue
		}
		shifts = append(shifts, s)
	}

	type key struct{ emp, proj string }
	hours := map[key]time.Duration{}
	perEmp := map[string]time.Duration{}
	for _, s := range shifts {
		hours[key{s.Employee, s.Project}] += s.Duration()
		perEmp[s.Employee] += s.Duration()
	}
	keys := make([]key, 0, len(hours))
	for k := range hours {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.emp, b.emp); c != 0 {
			return c
		}
		return strings.Compare(a.proj, b.proj)
	})

	fmt.Println("\nHours by employee and project")
	last := ""
	for _, k := range keys {
		name := k.emp
		if name == last {
			name = ""
		}
		last = k.emp
		fmt.Printf("%-6s %-9s %6.2fh\n", name, k.proj, hours[k].Hours())
	}

	fmt.Println("\nWeekly totals")
	const standard = 16 * time.Hour
	emps := make([]string, 0, len(perEmp))
	for e := range perEmp {
		emps = append(emps, e)
	}
	slices.Sort(emps)
	for _, e := range emps {
		d := perEmp[e]
		note := ""
		if d > standard {
			note = fmt.Sprintf(" (overtime %v)", d-standard)
		}
		fmt.Printf("%-6s %8v%s\n", e, d, note)
	}

	night := slices.ContainsFunc(shifts, func(s Shift) bool { return s.End.Day() != s.Start.Day() })
	fmt.Println("\nany overnight shifts:", night)
}
