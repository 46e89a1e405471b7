package main

import (
	"fmt"
	"strings"
	"time"
)

type unit struct {
	name string
	size time.Duration
}

var units = []unit{
	{"d", 24 * time.Hour},
	{"h", time.Hour},
	{"m", time.Minute},
	{"s", time.Second},
}

// Compact renders a duration like "2d 3h 4m", keeping at most maxParts components.
func Compact(d time.Duration, maxParts int) string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	if neg {
		d = -d
	}
	var parts []string
	for _, u := range units {
		if len(parts) == maxParts {
			break
		}
		if d >= u.size {
			n := d / u.size
			d -= n * u.size
			parts = append(parts, fmt.Sprintf("%d%s", n, u.name))
		}
	}
	if len(parts) == 0 {
		return d.String()
	}
	s := strings.Join(parts, " ")
	if neg {
		s = "-" + s
	}
	return s
}

// Relative gives a "3 hours ago" / "in 2 days" style phrase.
func Relative(d time.Duration) string {
	future := d > 0
	if d < 0 {
		d = -d
	}
	var phrase string
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		phrase = plural(int(d/time.Minute), "minute")
	case d < 24*time.Hour:
		phrase = plural(int(d/time.Hour), "hour")
	default:
		phrase = plural(int(d/(24*time.Hour)), "day")
	}
	if future {
		return "in " + phrase
	}
	return phrase + " ago"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func main() {
	samples := []time.Duration{
		0,
		750 * time.Millisecond,
		42 * time.Second,
		90 * time.Minute,
		26*time.Hour + 3*time.Minute + 9*time.Second,
		-(3*time.Hour + 15*time.Minute),
		10*24*time.Hour + 59*time.Second,
	}
	fmt.Printf("%-22s %-16s %-14s %s\n", "raw", "compact", "compact(2)", "relative")
	for _, d := range samples {
		fmt.Printf("%-22v %-16s %-14s %s\n", d, Compact(d, 4), Compact(d, 2), Relative(d))
	}

	parsed, err := time.ParseDuration("1h2m3.5s")
	if err == nil {
		fmt.Printf("parsed: %v seconds=%.1f ms=%d\n", parsed, parsed.Seconds(), parsed.Milliseconds())
	}
	fmt.Println("rounded:", parsed.Round(time.Minute), "truncated:", parsed.Truncate(time.Minute))
	if _, err := time.ParseDuration("5 minutes"); err != nil {
		fmt.Println("error:", err)
	}
}
