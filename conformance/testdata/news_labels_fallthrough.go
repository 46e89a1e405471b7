package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Low Level = iota + 1
	Medium
	High
	Critical
)

func (l Level) String() string {
	return [...]string{"?", "low", "medium", "high", "critical"}[l]
}

// notify lists who gets alerted; higher levels alert everyone below too.
func notify(l Level) []string {
	var who []string
	switch l {
	case Critical:
		who = append(who, "editor-in-chief")
		fallthrough
	case High:
		who = append(who, "night editor")
		fallthrough
	case Medium:
		who = append(who, "section editor")
		fallthrough
	case Low:
		who = append(who, "wire desk")
	default:
		who = append(who, "nobody")
	}
	return who
}

func main() {
	for l := Low; l <= Critical; l++ {
		fmt.Printf("%-8v -> %s\n", l, strings.Join(notify(l), ", "))
	}
	fmt.Println("level 0 ->", notify(0))

	pages := [][]string{
		{"sport: derby tonight", "sport: transfer rumour", "AD: car sale"},
		{"news: bridge reopens", "SPIKED", "news: late vote"},
		{"culture: gallery", "culture: concert"},
	}

	fmt.Println("scanning pages:")
pageLoop:
	for p, stories := range pages {
		for s, story := range stories {
			switch {
			case strings.HasPrefix(story, "AD:"):
				fmt.Printf("  page %d: ad at slot %d, skip rest of page\n", p+1, s)
				continue pageLoop
			case story == "SPIKED":
				fmt.Printf("  page %d: spiked story at slot %d, stop scan\n", p+1, s)
				break pageLoop
			}
			fmt.Printf("  page %d slot %d: %s\n", p+1, s, story)
		}
	}

	retries := 0
	budget := 3
retry:
	retries++
	if retries < budget {
		fmt.Println("retrying wire connection, attempt", retries)
		goto retry
	}
	fmt.Println("gave up after", retries, "attempts")

	grid := [3][4]int{{1, 2, 3, 4}, {5, 6, -1, 8}, {9, 10, 11, 12}}
	found := [2]int{-1, -1}
search:
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] < 0 {
				found = [2]int{r, c}
				break search
			}
		}
	}
	fmt.Println("negative count found at", found)
}
