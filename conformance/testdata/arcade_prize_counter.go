package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Prize struct {
	Name    string
	Tickets int
	Stock   int
}

type Counter struct {
	prizes map[string]*Prize
}

func (c *Counter) Redeem(name string, tickets int) (int, error) {
	p, ok := c.prizes[name]
	if !ok {
		return tickets, fmt.Errorf("no prize named %q", name)
	}
	if p.Stock == 0 {
		return tickets, fmt.Errorf("%s is out of stock", p.Name)
	}
	if tickets < p.Tickets {
		return tickets, fmt.Errorf("%s costs %d tickets, have %d", p.Name, p.Tickets, tickets)
	}
	p.Stock--
	return tickets - p.Tickets, nil
}

func tier(tickets int) []string {
	var perks []string
	switch {
	case tickets >= 1000:
		perks = append(perks, "gold badge")
		fallthrough
	case tickets >= 500:
		perks = append(perks, "free soda")
		fallthrough
	case tickets >= 100:
		perks = append(perks, "sticker")
	default:
		perks = append(perks, "handshake")
	}
	return perks
}

func main() {
	c := &Counter{prizes: map[string]*Prize{
		"yo-yo":       {"Yo-Yo", 50, 3},
		"plush bear":  {"Plush Bear", 400, 1},
		"kazoo":       {"Kazoo", 20, 0},
		"rubber duck": {"Rubber Duck", 75, 5},
	}}

	receipts := "620 tickets"
	tickets, err := strconv.Atoi(strings.Fields(receipts)[0])
	if err != nil {
		fmt.Println("bad receipt:", err)
		return
	}
	fmt.Println("starting tickets:", tickets)

	for _, want := range []string{"plush bear", "kazoo", "plush bear", "lava lamp", "yo-yo", "rubber duck"} {
		left, err := c.Redeem(want, tickets)
		if err != nil {
			fmt.Println("  x", err)
			continue
		}
		fmt.Printf("  + %-12s remaining %d\n", want, left)
		tickets = left
	}

	names := make([]string, 0, len(c.prizes))
	for k := range c.prizes {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("inventory:")
	for _, n := range names {
		p := c.prizes[n]
		fmt.Printf("  %-12s %4s tickets, stock %d\n", p.Name, strconv.Itoa(p.Tickets), p.Stock)
	}

	for _, t := range []int{50, 150, 700, 2500} {
		fmt.Printf("perks for %4d: %s\n", t, strings.Join(tier(t), ", "))
	}
	_, err = strconv.Atoi("12x")
	fmt.Println("parse error:", err)
}
