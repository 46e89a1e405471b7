package main

import (
	"errors"
	"fmt"
)

type Cabinet struct {
	Name    string
	Credits int
	log     []string
}

func (c *Cabinet) logf(format string, args ...any) {
	c.log = append(c.log, fmt.Sprintf(format, args...))
}

// runGame plays a game and converts any panic into an error.
func (c *Cabinet) runGame(level int) (score int, err error) {
	c.logf("start level %d", level)
	defer c.logf("end level %d", level)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s crashed on level %d: %v", c.Name, level, r)
			score = 0
		}
	}()

	if c.Credits <= 0 {
		panic(errors.New("no credits"))
	}
	c.Credits--
	bosses := []int{100, 250, 600}
	score = bosses[level] * 10 // index out of range for level >= 3
	if level == 2 {
		var table map[string]int
		table["boss"] = score // writing to a nil map panics
	}
	return score, nil
}

func countdown() {
	for i := range 3 {
		defer fmt.Println("  deferred", i)
	}
	fmt.Println("  loop done")
}

func main() {
	c := &Cabinet{Name: "Dungeon Crawl", Credits: 4}
	for level := range 5 {
		score, err := c.runGame(level)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("level %d score %d (credits left %d)\n", level, score, c.Credits)
	}

	fmt.Println("event log:")
	for i, line := range c.log {
		fmt.Printf("  %02d %s\n", i, line)
	}

	fmt.Println("defer order:")
	countdown()

	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	fmt.Println("current x =", x)
}
