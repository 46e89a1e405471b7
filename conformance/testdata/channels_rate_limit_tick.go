package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(2 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	elapsed := time.Since(start)
	fmt.Println("took at least 8ms:", elapsed >= 8*time.Millisecond)

	bursty := make(chan struct{}, 3)
	for range 3 {
		bursty <- struct{}{}
	}
	served := 0
	for len(bursty) > 0 {
		<-bursty
		served++
	}
	fmt.Println("burst served:", served)
}
