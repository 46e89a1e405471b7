package main

import (
	"fmt"
	"strings"
	"time"
)

const wordsPerMinute = 230

type Piece struct {
	Slug   string
	Words  int
	Images int
	Video  time.Duration
}

func (p Piece) ReadingTime() time.Duration {
	text := time.Duration(p.Words) * time.Minute / wordsPerMinute
	images := time.Duration(p.Images) * 12 * time.Second
	return text + images + p.Video
}

func roundLabel(d time.Duration) string {
	m := int(d.Round(time.Minute).Minutes())
	switch {
	case m < 1:
		return "under a minute"
	case m == 1:
		return "1 min read"
	default:
		return fmt.Sprintf("%d min read", m)
	}
}

func main() {
	pieces := []Piece{
		{"brief-traffic", 90, 0, 0},
		{"feature-glaciers", 3400, 6, 0},
		{"explainer-tax", 1150, 2, 2*time.Minute + 15*time.Second},
		{"live-blog", 5200, 14, 11 * time.Minute},
		{"photo-essay", 300, 25, 0},
	}

	var total time.Duration
	for _, p := range pieces {
		rt := p.ReadingTime()
		total += rt
		fmt.Printf("%-17s %-14v %-15s %6.1fs\n", p.Slug, rt.Truncate(time.Second), roundLabel(rt), rt.Seconds())
	}
	fmt.Println(strings.Repeat("-", 40))
	fmt.Println("total:", total.Truncate(time.Second))
	fmt.Println("rounded to 5m:", total.Round(5*time.Minute))
	fmt.Printf("hours: %.3f\n", total.Hours())

	avg := total / time.Duration(len(pieces))
	fmt.Println("average:", avg.Round(time.Second))

	durations := []time.Duration{
		1500 * time.Millisecond,
		250 * time.Microsecond,
		42 * time.Nanosecond,
		36 * time.Hour,
		-90 * time.Second,
		0,
	}
	for _, d := range durations {
		fmt.Printf("%-10v %d ns  abs=%v\n", d, d.Nanoseconds(), d.Abs())
	}

	for _, s := range []string{"1h15m", "45s", "2.5m", "soon"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Printf("%q = %v (%.0f seconds)\n", s, d, d.Seconds())
	}

	deadline := time.Date(2024, 3, 9, 18, 30, 0, 0, time.UTC)
	filed := time.Date(2024, 3, 9, 17, 52, 41, 0, time.UTC)
	fmt.Println("filed", deadline.Sub(filed), "before deadline at", deadline.Format("15:04 Jan 2"))
	fmt.Println("print run:", deadline.Add(3*time.Hour+15*time.Minute).Format(time.Kitchen))
}
