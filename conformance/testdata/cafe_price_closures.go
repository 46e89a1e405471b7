package main

import (
	"fmt"
	"strings"
)

type PriceRule func(item string, cents int) int

func percentOff(pct int) PriceRule {
	return func(_ string, cents int) int {
		return cents - cents*pct/100
	}
}

func flatOffFor(prefix string, off int) PriceRule {
	return func(item string, cents int) int {
		if strings.HasPrefix(item, prefix) {
			return max(cents-off, 0)
		}
		return cents
	}
}

func chain(rules ...PriceRule) PriceRule {
	return func(item string, cents int) int {
		for _, r := range rules {
			cents = r(item, cents)
		}
		return cents
	}
}

func counter() (func() int, func()) {
	n := 0
	next := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return next, reset
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		calls++
		v := f(x)
		cache[x] = v
		fmt.Printf("  (computed for %d, call %d)\n", x, calls)
		return v
	}
}

func cents(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	happyHour := chain(percentOff(20), flatOffFor("iced", 50))
	items := map[string]int{"iced latte": 500, "hot chocolate": 375, "iced tea": 300}
	order := []string{"hot chocolate", "iced latte", "iced tea"}
	for _, it := range order {
		fmt.Printf("%-14s %6s -> %6s\n", it, cents(items[it]), cents(happyHour(it, items[it])))
	}

	nextTicket, reset := counter()
	for range 3 {
		fmt.Println("ticket", nextTicket())
	}
	reset()
	fmt.Println("after reset, ticket", nextTicket())

	var printers []func()
	for i, name := range []string{"espresso", "ristretto", "lungo"} {
		printers = append(printers, func() { fmt.Printf("slot %d: %s\n", i, name) })
	}
	for _, p := range printers {
		p()
	}

	beansFor := memo(func(cups int) int { return cups*18 + 5 })
	fmt.Println("grams for 4 cups:", beansFor(4))
	fmt.Println("grams for 4 cups:", beansFor(4))
	fmt.Println("grams for 10 cups:", beansFor(10))

	total := 0
	add := func(c int) { total += c }
	for _, it := range order {
		add(items[it])
	}
	fmt.Println("full price total:", cents(total))
}
