package main

import (
	"fmt"
	"strings"
)

type Intake struct {
	Seq       int
	Name      string
	Complaint string
	Priority  int
}

func source(lines []string) <-chan Intake {
	out := make(chan Intake)
	go func() {
		defer close(out)
		for i, l := range lines {
			name, complaint, _ := strings.Cut(l, ":")
			out <- Intake{Seq: i + 1, Name: strings.TrimSpace(name), Complaint: strings.TrimSpace(complaint)}
		}
	}()
	return out
}

func classify(in <-chan Intake) <-chan Intake {
	out := make(chan Intake)
	go func() {
		defer close(out)
		for it := range in {
			c := strings.ToLower(it.Complaint)
			switch {
			case strings.Contains(c, "chest"), strings.Contains(c, "breath"):
				it.Priority = 1
			case strings.Contains(c, "fracture"), strings.Contains(c, "bleeding"):
				it.Priority = 2
			case strings.Contains(c, "fever"):
				it.Priority = 3
			default:
				it.Priority = 4
			}
			out <- it
		}
	}()
	return out
}

func format(in <-chan Intake) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for it := range in {
			out <- fmt.Sprintf("[%02d] P%d %-9s %s", it.Seq, it.Priority, it.Name, it.Complaint)
		}
	}()
	return out
}

func main() {
	lines := []string{
		"Okafor: chest pain",
		"Lindqvist: sprained ankle",
		"Moreau: high fever",
		"Tanaka: shortness of breath",
		"Novak: wrist fracture",
		"Quinn: rash",
		"Silva: bleeding from cut",
	}

	counts := make([]int, 5)
	for line := range format(classify(source(lines))) {
		fmt.Println(line)
		p := int(line[6] - '0')
		counts[p]++
	}
	fmt.Println("--- summary ---")
	for p := 1; p < len(counts); p++ {
		fmt.Printf("priority %d: %s\n", p, strings.Repeat("*", counts[p]))
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
	fmt.Println("pipeline drained")
}
