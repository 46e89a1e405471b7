package main

import (
	"fmt"
	"sort"
	"time"
)

type Event struct {
	At      time.Time
	Kind    string
	Latency time.Duration
}

type Bucket struct {
	Start time.Time
	Count int
	Total time.Duration
	Max   time.Duration
	Kinds map[string]int
}

func main() {
	base := time.Date(2024, time.March, 10, 9, 0, 0, 0, time.UTC)
	events := []Event{
		{base.Add(2 * time.Minute), "GET", 120 * time.Millisecond},
		{base.Add(7*time.Minute + 30*time.Second), "POST", 340 * time.Millisecond},
		{base.Add(14 * time.Minute), "GET", 80 * time.Millisecond},
		{base.Add(16 * time.Minute), "GET", 95 * time.Millisecond},
		{base.Add(29*time.Minute + 59*time.Second), "DELETE", 1500 * time.Millisecond},
		{base.Add(31 * time.Minute), "POST", 210 * time.Millisecond},
		{base.Add(58 * time.Minute), "GET", 60 * time.Millisecond},
		{base.Add(91 * time.Minute), "GET", 2*time.Second + 250*time.Millisecond},
	}

	window := 15 * time.Minute
	buckets := map[time.Time]*Bucket{}
	for _, e := range events {
		start := e.At.Truncate(window)
		b, ok := buckets[start]
		if !ok {
			b = &Bucket{Start: start, Kinds: map[string]int{}}
			buckets[start] = b
		}
		b.Count++
		b.Total += e.Latency
		b.Max = max(b.Max, e.Latency)
		b.Kinds[e.Kind]++
	}

	keys := make([]time.Time, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Before(keys[j]) })

	for _, k := range keys {
		b := buckets[k]
		avg := b.Total / time.Duration(b.Count)
		end := b.Start.Add(window)
		fmt.Printf("[%s-%s) n=%d avg=%s max=%s kinds=%v offset=%s\n",
			b.Start.Format("15:04"), end.Format("15:04"), b.Count, avg, b.Max, b.Kinds, b.Start.Sub(base))
	}

	first, last := events[0].At, events[len(events)-1].At
	span := last.Sub(first)
	fmt.Println("span:", span, "minutes:", span.Minutes())
	fmt.Println("rounded span:", span.Round(time.Hour), "truncated:", span.Truncate(10*time.Minute))
	windows := int(keys[len(keys)-1].Sub(keys[0])/window) + 1
	fmt.Println("windows:", windows, "empty:", windows-len(keys))
}
