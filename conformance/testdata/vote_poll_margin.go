package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Poll is one opinion survey before the election.
type Poll struct {
	Firm    string
	Sample  int
	Support float64 // share for candidate A, 0..1
}

// MarginOfError returns the 95% margin in percentage points.
func (p Poll) MarginOfError() float64 {
	return 1.96 * math.Sqrt(p.Support*(1-p.Support)/float64(p.Sample)) * 100
}

func (p Poll) Interval() (lo, hi float64) {
	m := p.MarginOfError()
	return p.Support*100 - m, p.Support*100 + m
}

func parsePoll(line string) (Poll, error) {
	parts := strings.Split(line, ";")
	if len(parts) != 3 {
		return Poll{}, fmt.Errorf("want 3 fields, got %d in %q", len(parts), line)
	}
	n, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		return Poll{}, fmt.Errorf("sample size: %w", err)
	}
	s, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(parts[2]), "%"), 64)
	if err != nil {
		return Poll{}, fmt.Errorf("support: %w", err)
	}
	return Poll{Firm: strings.TrimSpace(parts[0]), Sample: n, Support: s / 100}, nil
}

func main() {
	input := `Gallant; 1200; 51.5%
NorthStats; 800; 48.0%
Civica; 2500; 50.2%
BadRow; lots; 50%
QuickPoll; 400; 55.0%
Meridian; 1500; 49.1%
Broken line`

	var polls []Poll
	for _, line := range strings.Split(input, "\n") {
		p, err := parsePoll(line)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		polls = append(polls, p)
	}

	sort.Slice(polls, func(i, j int) bool { return polls[i].MarginOfError() < polls[j].MarginOfError() })

	fmt.Printf("%-11s %6s %8s %8s %17s\n", "firm", "n", "support", "moe", "95% interval")
	weighted, totalN := 0.0, 0
	for _, p := range polls {
		lo, hi := p.Interval()
		fmt.Printf("%-11s %6d %7.1f%% %7.2fpp [%6.2f, %6.2f]\n", p.Firm, p.Sample, p.Support*100, p.MarginOfError(), lo, hi)
		weighted += p.Support * float64(p.Sample)
		totalN += p.Sample
	}
	avg := Poll{Firm: "aggregate", Sample: totalN, Support: weighted / float64(totalN)}
	lo, hi := avg.Interval()
	fmt.Printf("aggregate: %s%% of %s respondents, interval [%.2f, %.2f]\n",
		strconv.FormatFloat(avg.Support*100, 'f', 2, 64), strconv.Itoa(totalN), lo, hi)
	switch {
	case lo > 50:
		fmt.Println("verdict: candidate A leads outside the margin")
	case hi < 50:
		fmt.Println("verdict: candidate B leads outside the margin")
	default:
		fmt.Println("verdict: statistical tie")
	}
	fmt.Println("quoted:", strconv.Quote(polls[0].Firm), strconv.FormatInt(int64(totalN), 16))
}
