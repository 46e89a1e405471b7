package main

import (
	"fmt"
	"strings"
)

type Swipe struct {
	Card    string
	Machine string
	Credits int
}

func generate(lines []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l
		}
	}()
	return out
}

func parse(in <-chan string) <-chan Swipe {
	out := make(chan Swipe)
	go func() {
		defer close(out)
		for l := range in {
			parts := strings.Split(l, ",")
			if len(parts) != 3 {
				continue
			}
			var credits int
			fmt.Sscanf(parts[2], "%d", &credits)
			out <- Swipe{parts[0], parts[1], credits}
		}
	}()
	return out
}

func bonus(in <-chan Swipe) <-chan Swipe {
	out := make(chan Swipe, 2)
	go func() {
		defer close(out)
		for s := range in {
			if strings.HasPrefix(s.Card, "VIP") {
				s.Credits *= 2
			}
			out <- s
		}
	}()
	return out
}

func main() {
	log := []string{
		"C100,Pac Maze,2",
		"VIP7,Laser Tag,3",
		"broken line",
		"C204,Claw Crane,1",
		"VIP7,Pac Maze,1",
		"C100,Skee Ball,4",
	}

	totals := map[string]int{}
	var order []string
	for s := range bonus(parse(generate(log))) {
		fmt.Printf("%-5s @ %-10s credits=%d\n", s.Card, s.Machine, s.Credits)
		if _, seen := totals[s.Card]; !seen {
			order = append(order, s.Card)
		}
		totals[s.Card] += s.Credits
	}
	fmt.Println("-- totals in first-seen order --")
	for _, c := range order {
		fmt.Printf("%s: %d\n", c, totals[c])
	}

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(done)
		sum := 0
		for v := range results {
			sum += v
		}
		fmt.Println("sum of credits via channel:", sum)
	}()
	for _, c := range order {
		results <- totals[c]
	}
	close(results)
	<-done
}
