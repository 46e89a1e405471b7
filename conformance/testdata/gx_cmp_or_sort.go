package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Player struct {
	Name   string
	Team   string
	Score  int
	Rating float64
}

type Order struct {
	Customer string
	Region   string
	Amount   int
}

// Multi-key comparison using cmp.Or: the first non-zero comparison wins.
func comparePlayers(a, b Player) int {
	return cmp.Or(
		strings.Compare(a.Team, b.Team),
		-cmp.Compare(a.Score, b.Score),
		cmp.Compare(a.Name, b.Name),
	)
}

func withDefault(name, nickname string, port int) string {
	return fmt.Sprintf("%s:%d", cmp.Or(nickname, name, "anonymous"), cmp.Or(port, 8080))
}

func main() {
	players := []Player{
		{"zoe", "red", 30, 4.5},
		{"amy", "blue", 42, 3.9},
		{"bob", "red", 30, 4.1},
		{"cat", "blue", 55, 4.8},
		{"dan", "red", 48, 3.2},
		{"eve", "blue", 42, 4.0},
	}
	slices.SortFunc(players, comparePlayers)
	for _, p := range players {
		fmt.Printf("%-5s %-4s %3d %.1f\n", p.Team, p.Name, p.Score, p.Rating)
	}

	best := slices.MaxFunc(players, func(a, b Player) int { return cmp.Compare(a.Rating, b.Rating) })
	fmt.Printf("best rated: %+v\n", best)
	fmt.Println("is sorted:", slices.IsSortedFunc(players, comparePlayers))

	fmt.Println(withDefault("server", "", 0))
	fmt.Println(withDefault("server", "srv", 9000))
	fmt.Println(withDefault("", "", 443))

	fmt.Println("compare:", cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	fmt.Println("less:", cmp.Less("apple", "banana"), cmp.Less(3, 3))

	orders := []Order{
		{"acme", "west", 300},
		{"globex", "east", 150},
		{"acme", "east", 300},
		{"initech", "west", 75},
		{"globex", "west", 300},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			cmp.Compare(b.Amount, a.Amount),
			cmp.Compare(a.Region, b.Region),
			cmp.Compare(a.Customer, b.Customer),
		)
	})
	fmt.Println(orders)
	for i, o := range orders {
		fmt.Printf("%d. %+v\n", i+1, o)
	}

	pos, found := slices.BinarySearchFunc(orders, 150, func(o Order, amt int) int {
		return cmp.Compare(amt, o.Amount)
	})
	fmt.Println("amount 150 at", pos, found)

	words := strings.Fields("Banana apple Cherry apple banana date")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(
			cmp.Compare(strings.ToLower(a), strings.ToLower(b)),
			strings.Compare(a, b),
		)
	})
	fmt.Println(words)
	fmt.Printf("empty or: %q\n", cmp.Or[string]())
	fmt.Println("or of zeros:", cmp.Or(0, 0, 0), "first non-zero:", cmp.Or(0, -3, 7))
}
