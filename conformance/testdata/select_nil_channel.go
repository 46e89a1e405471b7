package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		for i := range 3 {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := range 2 {
			b <- 10 * i
		}
		close(b)
	}()
	total, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			total += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			total += v
			n++
		}
	}
	fmt.Println(total, n)
}
