package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Step struct {
	Name string
	Dur  time.Duration
}

type Plan struct {
	Product string
	Steps   []Step
}

func (p Plan) Total() time.Duration {
	var t time.Duration
	for _, s := range p.Steps {
		t += s.Dur
	}
	return t
}

// clock formats an offset from opening time (04:00) as HH:MM.
func clock(offset time.Duration) string {
	start := 4 * time.Hour
	t := start + offset
	h := int(t.Hours()) % 24
	m := int(t.Minutes()) % 60
	return fmt.Sprintf("%02d:%02d", h, m)
}

func main() {
	plans := []Plan{
		{"sourdough", []Step{
			{"mix", 20 * time.Minute},
			{"bulk", 3*time.Hour + 30*time.Minute},
			{"shape", 15 * time.Minute},
			{"proof", 90 * time.Minute},
			{"bake", 45 * time.Minute},
		}},
		{"croissant", []Step{
			{"laminate", 40 * time.Minute},
			{"proof", 2 * time.Hour},
			{"bake", 18 * time.Minute},
		}},
		{"focaccia", []Step{
			{"mix", 10 * time.Minute},
			{"rise", 75 * time.Minute},
			{"bake", 25*time.Minute + 30*time.Second},
		}},
	}

	slices.SortFunc(plans, func(a, b Plan) int { return int(b.Total() - a.Total()) })

	for _, p := range plans {
		fmt.Printf("%s (total %v)\n", p.Product, p.Total())
		var at time.Duration
		for _, s := range p.Steps {
			fmt.Printf("  %s-%s  %-9s %v\n", clock(at), clock(at+s.Dur), s.Name, s.Dur)
			at += s.Dur
		}
	}

	d := plans[0].Total()
	fmt.Printf("longest plan: %.2f hours = %.0f minutes\n", d.Hours(), d.Minutes())
	fmt.Println("rounded to hour:", d.Round(time.Hour), "truncated:", d.Truncate(time.Hour))
	fmt.Println("as string:", d.String(), "| nanoseconds:", int64(d))

	for _, text := range []string{"1h15m", "45s", "2.5h", "90", "-10m"} {
		v, err := time.ParseDuration(text)
		if err != nil {
			fmt.Printf("parse %q: %v\n", text, err)
			continue
		}
		fmt.Printf("parse %-7q -> %-8v [%s]\n", text, v, strings.Repeat("*", int(max(v, 0)/(15*time.Minute))))
	}

	fmt.Println(time.Duration(1500)*time.Millisecond, 350*time.Microsecond, time.Duration(0))
}
