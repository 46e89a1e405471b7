package main

import "fmt"

type Ball struct {
	Hits int
	Last string
}

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan bool, max int) {
	for ball := range in {
		if ball.Hits >= max {
			done <- true
			return
		}
		ball.Hits++
		ball.Last = name
		fmt.Println(name, "hits, total", ball.Hits)
		out <- ball
	}
}

func producer(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func squarer(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	toPing := make(chan *Ball)
	toPong := make(chan *Ball)
	done := make(chan bool)
	go player("ping", toPing, toPong, done, 6)
	go player("pong", toPong, toPing, done, 6)
	ball := &Ball{}
	toPing <- ball
	<-done
	fmt.Printf("game over: %+v\n", *ball)

	nums := make(chan int)
	sq := make(chan int)
	go producer(5, nums)
	go squarer(nums, sq)
	for v := range sq {
		fmt.Print(v, " ")
	}
	fmt.Println()

	ping := make(chan string)
	pong := make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "-pong"
		}
		close(pong)
	}()
	for i := 0; i < 3; i++ {
		ping <- fmt.Sprintf("ping%d", i)
		fmt.Println("got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open?", ok)

	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	fmt.Println("len/cap:", len(buf), cap(buf))
	select {
	case v := <-buf:
		fmt.Println("selected", v)
	default:
		fmt.Println("nothing")
	}
}
