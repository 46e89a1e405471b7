package main

import (
	"fmt"
	"sort"
	"time"
)

type Update struct {
	Flight string
	Gate   string
	Delay  time.Duration
}

func announcer(updates []Update, out chan<- Update, quit chan<- struct{}) {
	for _, u := range updates {
		out <- u
	}
	close(quit)
}

func main() {
	updates := []Update{
		{"AF1234", "K21", 0},
		{"AZ610", "B4", 25 * time.Minute},
		{"AF1234", "K23", 10 * time.Minute},
		{"IB3171", "C7", 1*time.Hour + 5*time.Minute},
		{"AZ610", "B6", 40 * time.Minute},
	}

	ch := make(chan Update)
	quit := make(chan struct{})
	go announcer(updates, ch, quit)

	board := map[string]Update{}
	received := 0
loop:
	for {
		select {
		case u := <-ch:
			received++
			prev, seen := board[u.Flight]
			board[u.Flight] = u
			if seen && prev.Gate != u.Gate {
				fmt.Printf("gate change %s: %s -> %s\n", u.Flight, prev.Gate, u.Gate)
			}
		case <-quit:
			break loop
		case <-time.After(time.Second):
			fmt.Println("announcer went silent")
			break loop
		}
	}
	fmt.Printf("received %d updates for %d flights\n", received, len(board))

	flights := make([]string, 0, len(board))
	for f := range board {
		flights = append(flights, f)
	}
	sort.Strings(flights)
	for _, f := range flights {
		u := board[f]
		status := "on time"
		if u.Delay > 0 {
			status = "delayed " + u.Delay.String()
		}
		fmt.Printf("  %-7s gate %-4s %s\n", f, u.Gate, status)
	}

	// Limited boarding lanes: non-blocking sends into a buffered channel.
	lanes := make(chan string, 3)
	var standby []string
	for _, p := range []string{"Ana", "Ben", "Caro", "Dev", "Eli"} {
		select {
		case lanes <- p:
		default:
			standby = append(standby, p)
		}
	}
	close(lanes)
	for p := range lanes {
		fmt.Println("boarding lane:", p)
	}
	fmt.Println("standby:", standby)

	// A gate that never opens times out.
	var neverOpens chan struct{}
	select {
	case <-neverOpens:
		fmt.Println("gate opened")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("gate did not open within", 20*time.Millisecond)
	}
}
