package main

import (
	"fmt"
	"sort"
)

// source emits the given values and then closes its channel.
func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func main() {
	fmt.Println("== A nil channel blocks forever, so its select case never fires ==")
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible:", v)
	default:
		fmt.Println("receive from nil channel not ready -> default taken")
	}

	fmt.Println()
	fmt.Println("== Merge two streams, disabling each case when its channel closes ==")
	a := source(1, 3, 5, 7)
	b := source(2, 4)
	var fromA, fromB []int
	var closed []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // disable this case
				closed = append(closed, "a")
				continue
			}
			fromA = append(fromA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closed = append(closed, "b")
				continue
			}
			fromB = append(fromB, v)
		}
	}
	fmt.Println("from a:", fromA)
	fmt.Println("from b:", fromB)
	all := append(append([]int{}, fromA...), fromB...)
	sort.Ints(all)
	fmt.Println("all sorted:", all)
	sort.Strings(closed) // close order depends on scheduling
	fmt.Println("channels set to nil after close:", closed)
	fmt.Println("loop ended because both channels are nil")
}
