package main

import (
	"fmt"
	"time"
)

func main() {
	classroom := make(chan string, 3)
	arrivals := []string{"Asha", "Bilal", "Cora", "Dario", "Emi"}
	for _, a := range arrivals {
		select {
		case classroom <- a:
			fmt.Println(a, "takes a seat")
		default:
			fmt.Println(a, "waits outside: room full")
		}
	}
	fmt.Println("seated:", len(classroom), "capacity:", cap(classroom))

	for {
		select {
		case s := <-classroom:
			fmt.Println("register:", s)
			continue
		default:
		}
		break
	}

	questions := make(chan int)
	bells := make(chan string)
	go func() {
		for q := 1; q <= 4; q++ {
			questions <- q
		}
		bells <- "end of lesson"
		close(questions)
		close(bells)
	}()

	answered := 0
	for questions != nil || bells != nil {
		select {
		case q, ok := <-questions:
			if !ok {
				questions = nil
				fmt.Println("no more questions")
				continue
			}
			answered++
			fmt.Println("answered question", q)
		case b, ok := <-bells:
			if !ok {
				bells = nil
				continue
			}
			fmt.Println("bell:", b)
		}
	}
	fmt.Println("total answered:", answered)

	never := make(chan string)
	select {
	case msg := <-never:
		fmt.Println("unexpected:", msg)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("nobody raised a hand")
	}

	timer := time.NewTimer(time.Hour)
	stopped := timer.Stop()
	fmt.Println("detention timer cancelled:", stopped)
}
