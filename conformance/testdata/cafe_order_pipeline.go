package main

import (
	"fmt"
	"strings"
)

type Order struct {
	ID    int
	Drink string
	Extra []string
}

type Prepared struct {
	Order
	Steps []string
}

func generate(orders ...Order) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for _, o := range orders {
			out <- o
		}
	}()
	return out
}

func grind(in <-chan Order) <-chan Prepared {
	out := make(chan Prepared)
	go func() {
		defer close(out)
		for o := range in {
			out <- Prepared{Order: o, Steps: []string{"grind"}}
		}
	}()
	return out
}

func brew(in <-chan Prepared) <-chan Prepared {
	out := make(chan Prepared)
	go func() {
		defer close(out)
		for p := range in {
			step := "pull shot"
			if strings.Contains(p.Drink, "brew") {
				step = "steep 12h"
			}
			p.Steps = append(p.Steps, step)
			out <- p
		}
	}()
	return out
}

func finish(in <-chan Prepared) <-chan Prepared {
	out := make(chan Prepared, 2)
	go func() {
		defer close(out)
		for p := range in {
			for _, e := range p.Extra {
				p.Steps = append(p.Steps, "add "+e)
			}
			p.Steps = append(p.Steps, "serve")
			out <- p
		}
	}()
	return out
}

func main() {
	src := generate(
		Order{1, "latte", []string{"oat milk", "vanilla"}},
		Order{2, "espresso", nil},
		Order{3, "cold brew", []string{"ice"}},
		Order{4, "cortado", []string{"whole milk"}},
	)

	count := 0
	stepTotal := 0
	for p := range finish(brew(grind(src))) {
		count++
		stepTotal += len(p.Steps)
		fmt.Printf("order %d (%s): %s\n", p.ID, p.Drink, strings.Join(p.Steps, " -> "))
	}
	fmt.Printf("completed %d orders with %d steps\n", count, stepTotal)

	done := make(chan struct{})
	msgs := make(chan string)
	go func() {
		defer close(done)
		for m := range msgs {
			fmt.Println("board:", m)
		}
	}()
	msgs <- "order 1 ready"
	msgs <- "order 2 ready"
	close(msgs)
	<-done

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("never", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
