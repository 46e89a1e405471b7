package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			fmt.Println("pong", v)
			if v >= 5 {
				close(ping)
				continue
			}
			ping <- v + 1
		}
		done <- true
	}()
	ping <- 0
	<-done
}
