package main

import (
	"fmt"
	"strings"
)

type Raw struct {
	Line int
	Text string
}

type Parsed struct {
	Line     int
	Priority string
	Title    string
}

func source(lines []string) <-chan Raw {
	out := make(chan Raw)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- Raw{Line: i + 1, Text: l}
		}
	}()
	return out
}

func parse(in <-chan Raw) (<-chan Parsed, <-chan string) {
	ok := make(chan Parsed)
	bad := make(chan string)
	go func() {
		defer close(ok)
		defer close(bad)
		for r := range in {
			prio, title, found := strings.Cut(r.Text, ":")
			if !found || strings.TrimSpace(title) == "" {
				bad <- fmt.Sprintf("line %d: cannot parse %q", r.Line, r.Text)
				continue
			}
			ok <- Parsed{r.Line, strings.ToUpper(strings.TrimSpace(prio)), strings.TrimSpace(title)}
		}
	}()
	return ok, bad
}

func main() {
	lines := []string{
		"high: Checkout button hidden",
		"low: Update FAQ wording",
		"garbage line",
		"medium: Seat tooltip overlaps",
		"high:   ",
		"critical: Refunds not issued",
	}

	good, bad := parse(source(lines))
	var parsed []Parsed
	var problems []string
	// Both channels are fed by one goroutine in line order, so the
	// interleaving we observe here is always the same.
	for good != nil || bad != nil {
		select {
		case p, ok := <-good:
			if !ok {
				good = nil
				continue
			}
			parsed = append(parsed, p)
		case msg, ok := <-bad:
			if !ok {
				bad = nil
				continue
			}
			problems = append(problems, msg)
		}
	}

	fmt.Println("parsed tickets:")
	for _, p := range parsed {
		fmt.Printf("  line %d %-9s %s\n", p.Line, p.Priority, p.Title)
	}
	fmt.Println("problems:")
	for _, m := range problems {
		fmt.Println("  " + m)
	}

	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("done channel is closed")
	default:
		fmt.Println("still running")
	}
	fmt.Printf("summary: %d ok, %d bad\n", len(parsed), len(problems))
}
