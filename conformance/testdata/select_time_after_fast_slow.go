package main

import (
	"fmt"
	"time"
)

func fetch(delay time.Duration, v string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- v
	}()
	return ch
}

func withTimeout(ch <-chan string, d time.Duration) (string, error) {
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(d):
		return "", fmt.Errorf("timed out after %v", d)
	}
}

func main() {
	v, err := withTimeout(fetch(time.Millisecond, "fast"), 500*time.Millisecond)
	fmt.Printf("%q %v\n", v, err)
	v, err = withTimeout(fetch(300*time.Millisecond, "slow"), 5*time.Millisecond)
	fmt.Printf("%q %v\n", v, err)

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	ready := make(chan int)
	close(ready)
	select {
	case _, ok := <-ready:
		fmt.Println("closed channel first, ok =", ok)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
