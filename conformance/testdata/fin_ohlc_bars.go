package main

import (
	"fmt"
	"time"
)

type Tick struct {
	At    time.Time
	Price int64 // hundredths
	Size  int64
}

type Bar struct {
	Start                  time.Time
	Open, High, Low, Close int64
	Volume                 int64
	Notional               int64
	Trades                 int
}

func (b Bar) VWAP() float64 { return float64(b.Notional) / float64(b.Volume) / 100 }

func p(x int64) string { return fmt.Sprintf("%d.%02d", x/100, x%100) }

// Aggregate groups ticks into fixed-width bars aligned to the interval.
func Aggregate(ticks []Tick, interval time.Duration) []Bar {
	var bars []Bar
	for _, t := range ticks {
		start := t.At.Truncate(interval)
		if len(bars) == 0 || !bars[len(bars)-1].Start.Equal(start) {
			bars = append(bars, Bar{Start: start, Open: t.Price, High: t.Price, Low: t.Price})
		}
		b := &bars[len(bars)-1]
		b.High = max(b.High, t.Price)
		b.Low = min(b.Low, t.Price)
		b.Close = t.Price
		b.Volume += t.Size
		b.Notional += t.Price * t.Size
		b.Trades++
	}
	return bars
}

func main() {
	open := time.Date(2024, 5, 6, 9, 30, 0, 0, time.UTC)
	raw := []struct {
		sec   int
		price int64
		size  int64
	}{
		{2, 18850, 500}, {15, 18862, 200}, {41, 18840, 1000}, {59, 18871, 300},
		{63, 18880, 400}, {78, 18895, 250}, {101, 18877, 600}, {119, 18890, 150},
		{125, 18902, 800}, {160, 18915, 1200}, {170, 18899, 100},
		{245, 18870, 700}, {250, 18855, 900}, {290, 18861, 350},
		{301, 18868, 500}, {330, 18874, 450}, {355, 18881, 300},
	}
	ticks := make([]Tick, len(raw))
	for i, r := range raw {
		ticks[i] = Tick{open.Add(time.Duration(r.sec) * time.Second), r.price, r.size}
	}

	bars := Aggregate(ticks, time.Minute)
	fmt.Println("time    open    high     low   close   vol  n    vwap")
	var totVol, totNotional int64
	for i, b := range bars {
		if i > 0 {
			gap := b.Start.Sub(bars[i-1].Start)
			if gap > time.Minute {
				fmt.Printf("  (no trades for %v)\n", gap-time.Minute)
			}
		}
		fmt.Printf("%s %s %s %s %s %5d %2d %.4f\n", b.Start.Format("15:04"),
			p(b.Open), p(b.High), p(b.Low), p(b.Close), b.Volume, b.Trades, b.VWAP())
		totVol += b.Volume
		totNotional += b.Notional
	}
	fmt.Printf("session vwap %.4f over %d shares\n", float64(totNotional)/float64(totVol)/100, totVol)

	// TWAP of bar closes and a simple participation schedule for a parent order
	var sumClose int64
	for _, b := range bars {
		sumClose += b.Close
	}
	fmt.Printf("twap of closes %.4f\n", float64(sumClose)/float64(len(bars))/100)

	const parent = 2000
	const participation = 0.20
	remaining := int64(parent)
	for _, b := range bars {
		child := min(remaining, int64(float64(b.Volume)*participation))
		remaining -= child
		fmt.Printf("  %s child order %4d shares, remaining %4d\n", b.Start.Format("15:04"), child, remaining)
		if remaining == 0 {
			break
		}
	}

	five := Aggregate(ticks, 5*time.Minute)
	for _, b := range five {
		fmt.Printf("5m bar %s-%s O=%s H=%s L=%s C=%s V=%d range=%s\n",
			b.Start.Format("15:04"), b.Start.Add(5*time.Minute).Format("15:04"),
			p(b.Open), p(b.High), p(b.Low), p(b.Close), b.Volume, p(b.High-b.Low))
	}
}
