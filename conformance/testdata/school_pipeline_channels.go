package main

import (
	"fmt"
	"strings"
)

type Paper struct {
	ID     int
	Pupil  string
	Raw    int
	Scaled float64
	Grade  string
}

func source(names []string, raws []int) <-chan Paper {
	out := make(chan Paper)
	go func() {
		defer close(out)
		for i, n := range names {
			out <- Paper{ID: i + 1, Pupil: n, Raw: raws[i]}
		}
	}()
	return out
}

func scale(in <-chan Paper, maxRaw int) <-chan Paper {
	out := make(chan Paper)
	go func() {
		defer close(out)
		for p := range in {
			p.Scaled = float64(p.Raw) * 100 / float64(maxRaw)
			out <- p
		}
	}()
	return out
}

func letter(in <-chan Paper) <-chan Paper {
	out := make(chan Paper, 2)
	go func() {
		defer close(out)
		for p := range in {
			switch {
			case p.Scaled >= 85:
				p.Grade = "A"
			case p.Scaled >= 70:
				p.Grade = "B"
			case p.Scaled >= 55:
				p.Grade = "C"
			default:
				p.Grade = "U"
			}
			out <- p
		}
	}()
	return out
}

func main() {
	names := []string{"Aiko", "Bram", "Cyra", "Duc", "Ebo", "Fenna"}
	raws := []int{68, 45, 30, 59, 72, 51}

	counts := make(map[string]int)
	var sb strings.Builder
	for p := range letter(scale(source(names, raws), 75)) {
		fmt.Printf("paper %d %-6s raw=%2d scaled=%6.2f grade=%s\n", p.ID, p.Pupil, p.Raw, p.Scaled, p.Grade)
		counts[p.Grade]++
		sb.WriteString(p.Grade)
	}
	fmt.Println("grade string:", sb.String())
	for _, g := range []string{"A", "B", "C", "U"} {
		fmt.Printf("%s: %d\n", g, counts[g])
	}

	done := make(chan struct{})
	results := make(chan string)
	go func() {
		defer close(done)
		for r := range results {
			fmt.Println("archived:", r)
		}
	}()
	for _, n := range names[:3] {
		results <- strings.ToUpper(n)
	}
	close(results)
	<-done
	fmt.Println("pipeline finished")
}
