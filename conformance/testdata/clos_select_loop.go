package main

import (
	"fmt"
	"strings"
)

type Msg struct {
	From string
	Text string
}

func producer(name string, texts []string) <-chan Msg {
	ch := make(chan Msg)
	go func() {
		defer close(ch)
		for _, t := range texts {
			ch <- Msg{name, t}
		}
	}()
	return ch
}

func main() {
	a := producer("alice", []string{"hi", "skip:noise", "how are you", "STOP", "never seen"})
	b := producer("bob", []string{"hello", "skip:ads", "fine thanks", "bye"})

	perSender := map[string][]string{}
	stopped := false

loop:
	for a != nil || b != nil {
		var m Msg
		var ok bool
		select {
		case m, ok = <-a:
			if !ok {
				a = nil
				continue
			}
		case m, ok = <-b:
			if !ok {
				b = nil
				continue
			}
		}
		switch {
		case strings.HasPrefix(m.Text, "skip:"):
			continue
		case m.Text == "STOP":
			stopped = true
			// drain the remaining alice messages so its goroutine can exit
			for range a {
			}
			a = nil
			continue loop
		}
		perSender[m.From] = append(perSender[m.From], m.Text)
		if len(perSender["bob"]) >= 5 {
			break loop
		}
	}

	fmt.Println("alice stopped early:", stopped)
	for _, who := range []string{"alice", "bob"} {
		fmt.Printf("%s: %q\n", who, perSender[who])
	}

	// A pipeline with a quit channel and a non-blocking default case.
	jobs := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		jobs <- i
	}
	close(jobs)

	quit := make(chan struct{})
	results := make(chan string)
	go func() {
		defer close(results)
		for j := range jobs {
			if j%4 == 0 {
				continue
			}
			select {
			case results <- fmt.Sprintf("job %d -> %d", j, j*j):
			case <-quit:
				return
			}
		}
	}()

	count := 0
	for r := range results {
		fmt.Println(r)
		count++
		if count == 5 {
			close(quit)
			break
		}
	}
	// drain so the worker can finish cleanly
	for range results {
	}

	idle := make(chan int)
	select {
	case v := <-idle:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("no message ready, moving on")
	}
	fmt.Println("received", count, "results")
}
