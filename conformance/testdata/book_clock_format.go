// Section 8.2 and Exercise 8.1: a clock that formats fixed times in several zones.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// handleConn writes the time once per "tick", like the clock server.
func handleConn(w io.Writer, start time.Time, ticks int, layout string) {
	for i := range ticks {
		t := start.Add(time.Duration(i) * time.Second)
		if _, err := io.WriteString(w, t.Format(layout)+"\n"); err != nil {
			return
		}
	}
}

func main() {
	start := time.Date(2009, time.November, 10, 23, 59, 58, 0, time.UTC)
	handleConn(os.Stdout, start, 4, "15:04:05")

	layouts := []struct{ name, layout string }{
		{"RFC3339", time.RFC3339},
		{"RFC1123", time.RFC1123},
		{"Kitchen", time.Kitchen},
		{"custom", "Mon Jan 2 2006 at 3:04pm (MST)"},
		{"date", "2006-01-02"},
		{"millis", "15:04:05.000"},
		{"weekday", "Monday, 02-Jan-06"},
	}
	t := time.Date(2024, time.February, 29, 13, 7, 9, 123456789, time.UTC)
	for _, l := range layouts {
		fmt.Printf("%-8s %s\n", l.name, t.Format(l.layout))
	}

	// Fixed zones avoid any dependence on the system's zone database.
	zones := []*time.Location{
		time.FixedZone("NewYork", -5*3600),
		time.FixedZone("Tokyo", 9*3600),
		time.FixedZone("London", 0),
		time.FixedZone("Kolkata", 5*3600+1800),
	}
	var sb strings.Builder
	for _, z := range zones {
		fmt.Fprintf(&sb, "%-8s %s | ", z.String(), t.In(z).Format("Jan 2 15:04 -0700"))
	}
	fmt.Println(strings.TrimSuffix(sb.String(), " | "))

	later := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	d := later.Sub(t)
	fmt.Println("until Christmas:", d.Round(time.Hour), "days:", int(d.Hours()/24))
	fmt.Println("weekday:", t.Weekday(), "yearday:", t.YearDay(), "one year later:", t.AddDate(1, 0, 0).Format("2006-01-02"))

	parsed, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:30")
	fmt.Println(parsed, err, parsed.Before(t), parsed.Unix())
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println("bad date:", err)
}
