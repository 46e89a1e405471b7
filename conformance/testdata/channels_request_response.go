package main

import "fmt"

type request struct {
	key   string
	delta int
	reply chan int
}

func server(reqs <-chan request, quit <-chan chan map[string]int) {
	state := map[string]int{}
	for {
		select {
		case r := <-reqs:
			state[r.key] += r.delta
			r.reply <- state[r.key]
		case q := <-quit:
			q <- state
			return
		}
	}
}

func main() {
	reqs := make(chan request)
	quit := make(chan chan map[string]int)
	go server(reqs, quit)
	call := func(k string, d int) int {
		r := request{k, d, make(chan int)}
		reqs <- r
		return <-r.reply
	}
	fmt.Println(call("a", 1), call("a", 5), call("b", -2), call("a", -1))
	done := make(chan map[string]int)
	quit <- done
	final := <-done
	fmt.Println(final["a"], final["b"], len(final))
	fmt.Println(final)
}
