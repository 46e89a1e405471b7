package main

import (
	"fmt"
	"strings"
)

type RawBallot struct {
	Seq  int
	Text string
}

type ParsedBallot struct {
	Seq    int
	Choice string
	Valid  bool
}

// scan emits raw ballots in order and closes its channel.
func scan(lines []string) <-chan RawBallot {
	out := make(chan RawBallot)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- RawBallot{Seq: i + 1, Text: l}
		}
	}()
	return out
}

// parse normalises each ballot; a single stage keeps order intact.
func parse(in <-chan RawBallot) <-chan ParsedBallot {
	out := make(chan ParsedBallot)
	go func() {
		defer close(out)
		for r := range in {
			c := strings.ToUpper(strings.TrimSpace(r.Text))
			valid := c != "" && !strings.Contains(c, ",")
			out <- ParsedBallot{Seq: r.Seq, Choice: c, Valid: valid}
		}
	}()
	return out
}

// tally consumes parsed ballots and sends a final result.
func tally(in <-chan ParsedBallot, done chan<- map[string]int, rejects chan<- int) {
	counts := map[string]int{}
	for p := range in {
		if !p.Valid {
			rejects <- p.Seq
			continue
		}
		counts[p.Choice]++
	}
	close(rejects)
	done <- counts
}

func main() {
	lines := []string{
		"  prop a ", "prop b", "Prop A", "", "prop a,prop b",
		"PROP C", "prop b", "prop a", "  ", "prop c", "prop a",
	}

	done := make(chan map[string]int, 1)
	rejects := make(chan int, len(lines))
	go tally(parse(scan(lines)), done, rejects)

	var rejected []int
	for seq := range rejects {
		rejected = append(rejected, seq)
	}
	counts := <-done

	fmt.Println("rejected ballot numbers:", rejected)
	options := []string{"PROP A", "PROP B", "PROP C"}
	valid := 0
	for _, o := range options {
		valid += counts[o]
	}
	for _, o := range options {
		pct := float64(counts[o]) / float64(valid) * 100
		fmt.Printf("%-7s %2d  %5.1f%%  %s\n", o, counts[o], pct, strings.Repeat("*", counts[o]))
	}
	fmt.Printf("valid=%d rejected=%d total=%d\n", valid, len(rejected), len(lines))
}
