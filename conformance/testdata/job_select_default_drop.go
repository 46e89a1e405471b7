package main

import (
	"fmt"
	"strings"
)

type Metric struct {
	Name  string
	Value int
}

// tryEmit never blocks: if the buffer is full the metric is dropped.
func tryEmit(ch chan<- Metric, m Metric) bool {
	select {
	case ch <- m:
		return true
	default:
		return false
	}
}

// tryRecv never blocks either.
func tryRecv(ch <-chan Metric) (Metric, bool) {
	select {
	case m := <-ch:
		return m, true
	default:
		return Metric{}, false
	}
}

// publishLatest keeps only the newest value in a 1-slot channel.
func publishLatest(ch chan int, v int) (replaced bool) {
	for {
		select {
		case ch <- v:
			return replaced
		default:
			select {
			case <-ch:
				replaced = true
			default:
			}
		}
	}
}

func main() {
	events := make(chan Metric, 4)
	accepted, dropped := 0, 0
	var droppedNames []string
	for i := 1; i <= 10; i++ {
		m := Metric{Name: fmt.Sprintf("req_%02d", i), Value: i * 10}
		if tryEmit(events, m) {
			accepted++
		} else {
			dropped++
			droppedNames = append(droppedNames, m.Name)
		}
	}
	fmt.Printf("accepted=%d dropped=%d len=%d cap=%d\n", accepted, dropped, len(events), cap(events))
	fmt.Println("dropped:", strings.Join(droppedNames, " "))

	total := 0
	for {
		m, ok := tryRecv(events)
		if !ok {
			break
		}
		fmt.Printf("drained %s=%d\n", m.Name, m.Value)
		total += m.Value
	}
	fmt.Println("drained total:", total)
	_, ok := tryRecv(events)
	fmt.Println("receive from empty:", ok)

	latest := make(chan int, 1)
	replacedCount := 0
	for v := 1; v <= 5; v++ {
		if publishLatest(latest, v*v) {
			replacedCount++
		}
	}
	fmt.Println("latest value:", <-latest, "replaced:", replacedCount)

	// A nil channel case is never ready, so default always wins.
	var disabled chan Metric
	select {
	case disabled <- Metric{Name: "x"}:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel send skipped")
	}

	// Closed channels are always ready for receive.
	quit := make(chan struct{})
	close(quit)
	select {
	case _, open := <-quit:
		fmt.Println("quit ready, open:", open)
	default:
		fmt.Println("not ready")
	}

	// Non-blocking check on an unbuffered channel with no receiver.
	unbuffered := make(chan int)
	select {
	case unbuffered <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("no receiver ready for unbuffered send")
	}
}
