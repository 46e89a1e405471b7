package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Ticket struct {
	ID    int
	Drink string
}

type Ready struct {
	Ticket
	Station string
}

func station(name string, in <-chan Ticket, out chan<- Ready, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range in {
		out <- Ready{t, name}
	}
}

func main() {
	hot := make(chan Ticket, 4)
	cold := make(chan Ticket, 4)
	ready := make(chan Ready)
	var wg sync.WaitGroup
	wg.Add(2)
	go station("hot bar", hot, ready, &wg)
	go station("cold bar", cold, ready, &wg)

	tickets := []Ticket{{1, "latte"}, {2, "iced tea"}, {3, "mocha"}, {4, "frappe"}, {5, "iced latte"}}
	for _, t := range tickets {
		if strings.Contains(t.Drink, "iced") || t.Drink == "frappe" {
			cold <- t
		} else {
			hot <- t
		}
	}
	close(hot)
	close(cold)
	go func() {
		wg.Wait()
		close(ready)
	}()

	var done []Ready
	for r := range ready {
		done = append(done, r)
	}
	sort.Slice(done, func(i, j int) bool { return done[i].ID < done[j].ID })
	for _, r := range done {
		fmt.Printf("ticket %d %-10s from %s\n", r.ID, r.Drink, r.Station)
	}

	slow := make(chan string)
	grinderFree := make(chan struct{})
	go func() {
		<-grinderFree
		slow <- "pour over"
	}()
	select {
	case d := <-slow:
		fmt.Println("got", d)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("pour over taking too long; offering batch brew")
	}
	close(grinderFree)
	fmt.Println("eventually got:", <-slow)

	buzzer := make(chan int, 3)
	for i := range 3 {
		buzzer <- 100 + i
	}
	fmt.Println("buzzers waiting:", len(buzzer), "capacity:", cap(buzzer))
	for {
		select {
		case b := <-buzzer:
			fmt.Println("buzz", b)
			continue
		default:
		}
		break
	}

	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	steams := 0
	for range tick.C {
		steams++
		if steams == 3 {
			break
		}
	}
	fmt.Println("milk steamed in", steams, "pulses of", 5*time.Millisecond)
}
