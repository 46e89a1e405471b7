package main

import (
	"fmt"
	"strconv"
	"strings"
)

const logText = `# member: Jordan
squat: 100x5, 105x5, 110x3
bench press: 70x8,72.5x6 , 75x4
pull-up: BWx10, BWx8
deadlift: 140x5, abcx2, 150x3
plank: 60s

curl: 15x12`

type Set struct {
	Weight     float64
	Bodyweight bool
	Reps       int
}

func parseSet(s string) (Set, error) {
	w, r, ok := strings.Cut(strings.TrimSpace(s), "x")
	if !ok {
		return Set{}, fmt.Errorf("set %q: missing 'x'", s)
	}
	reps, err := strconv.Atoi(r)
	if err != nil {
		return Set{}, fmt.Errorf("set %q: bad reps: %w", s, err)
	}
	if strings.EqualFold(w, "bw") {
		return Set{Bodyweight: true, Reps: reps}, nil
	}
	kg, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return Set{}, fmt.Errorf("set %q: bad weight: %w", s, err)
	}
	return Set{Weight: kg, Reps: reps}, nil
}

func main() {
	var member string
	var b strings.Builder
	for n, line := range strings.Split(logText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "# member:"); ok {
			member = strings.TrimSpace(rest)
			continue
		}
		name, body, found := strings.Cut(line, ":")
		if !found {
			fmt.Printf("line %d: no colon\n", n+1)
			continue
		}
		fields := strings.Split(body, ",")
		var volume float64
		var reps []string
		for _, f := range fields {
			s, err := parseSet(f)
			if err != nil {
				fmt.Printf("line %d: %v\n", n+1, err)
				continue
			}
			volume += s.Weight * float64(s.Reps)
			reps = append(reps, strconv.Itoa(s.Reps))
		}
		if len(reps) == 0 {
			continue
		}
		title := strings.ToUpper(name[:1]) + name[1:]
		fmt.Fprintf(&b, "%-12s reps=%-10s volume=%s\n", title, strings.Join(reps, "/"),
			strconv.FormatFloat(volume, 'f', 1, 64))
	}

	fmt.Println("Log for", strconv.Quote(member))
	fmt.Print(b.String())

	fmt.Println(strings.Fields("  squat   bench  deadlift "))
	fmt.Println(strings.HasSuffix("curl: 15x12", "x12"), strings.Count("100x5x5", "x"))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	v, err := strconv.ParseBool("yes")
	fmt.Println(v, err)
	fmt.Println(strings.ReplaceAll("bench-press-incline", "-", " "))
}
