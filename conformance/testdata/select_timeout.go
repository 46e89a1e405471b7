package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan string, 1)
	fast <- "result"
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	never := make(chan string)
	select {
	case r := <-never:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
}
