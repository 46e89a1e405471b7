package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Raw struct {
	Seq  int
	Line string
}

type Parsed struct {
	Seq     int
	Station string
	TempF   float64
}

type Converted struct {
	Seq     int
	Station string
	TempC   float64
}

// source emits raw lines in order.
func source(lines []string) <-chan Raw {
	out := make(chan Raw)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- Raw{Seq: i + 1, Line: l}
		}
	}()
	return out
}

// parse splits "STATION,TEMP_F" lines and drops malformed ones.
func parse(in <-chan Raw, rejects chan<- string) <-chan Parsed {
	out := make(chan Parsed)
	go func() {
		defer close(out)
		defer close(rejects)
		for r := range in {
			name, val, ok := strings.Cut(r.Line, ",")
			f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
			if !ok || err != nil {
				rejects <- fmt.Sprintf("#%d %q", r.Seq, r.Line)
				continue
			}
			out <- Parsed{r.Seq, strings.TrimSpace(name), f}
		}
	}()
	return out
}

// convert turns Fahrenheit into Celsius.
func convert(in <-chan Parsed) <-chan Converted {
	out := make(chan Converted)
	go func() {
		defer close(out)
		for p := range in {
			out <- Converted{p.Seq, p.Station, (p.TempF - 32) * 5 / 9}
		}
	}()
	return out
}

func main() {
	lines := []string{
		"DEN, 41.0",
		"PHX, 104.5",
		"garbage line",
		"MSP, -4",
		"BOS, n/a",
		"MIA, 88.3",
		"ANC, 12.2",
	}
	rejects := make(chan string, len(lines))
	var results []Converted
	for c := range convert(parse(source(lines), rejects)) {
		results = append(results, c)
	}

	fmt.Println("converted readings:")
	sum := 0.0
	for _, c := range results {
		fmt.Printf("  #%d %-4s %7.2f°C\n", c.Seq, c.Station, c.TempC)
		sum += c.TempC
	}
	fmt.Printf("average: %.2f°C over %d stations\n", sum/float64(len(results)), len(results))

	fmt.Println("rejected lines:")
	for r := range rejects {
		fmt.Println("  " + r)
	}
}
