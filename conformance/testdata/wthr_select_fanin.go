package main

import (
	"fmt"
	"sort"
	"time"
)

type Sample struct {
	Source string
	Seq    int
	Value  float64
}

// feed produces n samples from one instrument, then closes its channel.
func feed(name string, n int, start, step float64) <-chan Sample {
	ch := make(chan Sample)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- Sample{name, i, start + float64(i)*step}
		}
	}()
	return ch
}

func main() {
	temp := feed("temp", 5, 20.0, 0.5)
	wind := feed("wind", 3, 12.0, -2.0)
	rain := feed("rain", 4, 0.0, 0.3)

	var got []Sample
	counts := map[string]int{}
	timeout := time.After(2 * time.Second)

	// Merge with select; set a channel to nil once it is closed.
	for temp != nil || wind != nil || rain != nil {
		select {
		case s, ok := <-temp:
			if !ok {
				temp = nil
				continue
			}
			got = append(got, s)
		case s, ok := <-wind:
			if !ok {
				wind = nil
				continue
			}
			got = append(got, s)
		case s, ok := <-rain:
			if !ok {
				rain = nil
				continue
			}
			got = append(got, s)
		case <-timeout:
			fmt.Println("timed out waiting for instruments")
			return
		}
	}

	// Arrival order depends on scheduling, so sort before printing.
	sort.Slice(got, func(i, j int) bool {
		if got[i].Source != got[j].Source {
			return got[i].Source < got[j].Source
		}
		return got[i].Seq < got[j].Seq
	})
	for _, s := range got {
		counts[s.Source]++
		fmt.Printf("%-5s #%d %6.2f\n", s.Source, s.Seq, s.Value)
	}
	fmt.Printf("total=%d rain=%d temp=%d wind=%d\n", len(got), counts["rain"], counts["temp"], counts["wind"])

	// A non-blocking send/receive with default.
	alerts := make(chan string, 1)
	for _, msg := range []string{"gust", "hail", "fog"} {
		select {
		case alerts <- msg:
			fmt.Println("queued alert:", msg)
		default:
			fmt.Println("alert queue full, dropped:", msg)
		}
	}
	select {
	case a := <-alerts:
		fmt.Println("handling alert:", a)
	default:
		fmt.Println("no alerts")
	}
}
