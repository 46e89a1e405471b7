package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"time"
)

const buildLog = `
step=checkout   took=1.25s
step=deps       took=42s
step=compile    took=3m12.5s
step=test       took=4m7s
step=lint       took=850ms
step=package    took=27.3s
step=upload     took=1m2s
step=notify     took=120ms
# comment line
step=broken     took=soon
`

type stepTime struct {
	Name string
	D    time.Duration
}

func parse(log string) ([]stepTime, []string) {
	var steps []stepTime
	var problems []string
	sc := bufio.NewScanner(strings.NewReader(log))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var st stepTime
		var raw string
		for _, field := range strings.Fields(line) {
			k, v, ok := strings.Cut(field, "=")
			if !ok {
				continue
			}
			switch k {
			case "step":
				st.Name = v
			case "took":
				raw = v
			}
		}
		d, err := time.ParseDuration(raw)
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", lineNo, err))
			continue
		}
		st.D = d
		steps = append(steps, st)
	}
	return steps, problems
}

func clock(d time.Duration) string {
	d = d.Round(time.Second)
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	return fmt.Sprintf("%02d:%02d:%02d", h, m, d/time.Second)
}

func main() {
	steps, problems := parse(buildLog)
	var total time.Duration
	for _, s := range steps {
		total += s.D
	}
	for _, s := range steps {
		share := float64(s.D) / float64(total) * 100
		fmt.Printf("%-9s %12v %s %5.1f%%\n", s.Name, s.D, clock(s.D), share)
	}
	fmt.Println("total:", total, "=", clock(total))
	fmt.Printf("total seconds: %.3f, minutes: %.2f\n", total.Seconds(), total.Minutes())

	byLen := slices.Clone(steps)
	slices.SortFunc(byLen, func(a, b stepTime) int { return int(b.D - a.D) })
	fmt.Println("slowest:", byLen[0].Name, "fastest:", byLen[len(byLen)-1].Name)

	idx := slices.IndexFunc(steps, func(s stepTime) bool { return s.D > time.Minute })
	fmt.Println("first step over a minute:", steps[idx].Name)

	budget := 8 * time.Minute
	if over := total - budget; over > 0 {
		fmt.Printf("over budget by %v (%.0f%%)\n", over, float64(over)/float64(budget)*100)
	}
	fmt.Println("avg per step:", (total / time.Duration(len(steps))).Truncate(time.Millisecond))
	for _, p := range problems {
		fmt.Println("warning:", p)
	}
}
