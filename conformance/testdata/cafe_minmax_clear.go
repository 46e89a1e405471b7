package main

import (
	"fmt"
	"slices"
)

type HourStats struct {
	Hour    int
	Orders  int
	WaitSec int
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

func main() {
	orders := []int{4, 12, 27, 31, 18, 22, 35, 14, 9, 6}
	waits := []int{60, 95, 240, 310, 150, 180, 400, 120, 75, 45}

	var stats []HourStats
	for i := range len(orders) {
		stats = append(stats, HourStats{Hour: 7 + i, Orders: orders[i], WaitSec: waits[i]})
	}

	busiest, quietest := stats[0], stats[0]
	for _, s := range stats[1:] {
		if s.Orders > busiest.Orders {
			busiest = s
		}
		if s.Orders < quietest.Orders {
			quietest = s
		}
	}
	fmt.Printf("busiest hour: %02d:00 with %d orders\n", busiest.Hour, busiest.Orders)
	fmt.Printf("quietest hour: %02d:00 with %d orders\n", quietest.Hour, quietest.Orders)
	fmt.Println("min/max orders via builtins:", min(orders[0], orders[1], orders[2]), max(orders[3], orders[6], orders[9]))
	fmt.Println("min/max via slices:", slices.Min(waits), slices.Max(waits))

	for _, s := range stats {
		staff := clamp(s.Orders/8, 1, 4)
		bar := ""
		for range staff {
			bar += "#"
		}
		fmt.Printf("%02d:00 orders=%2d staff=%-4s wait<=%3ds\n", s.Hour, s.Orders, bar, min(s.WaitSec, 300))
	}

	tally := map[string]int{"latte": 40, "mocha": 12, "tea": 9}
	fmt.Println("tally size before clear:", len(tally))
	clear(tally)
	fmt.Println("tally size after clear:", len(tally))
	tally["latte"]++
	fmt.Println("new tally:", tally)

	cups := []int{1, 2, 3, 4}
	clear(cups)
	fmt.Println("cups zeroed but same length:", cups, len(cups))

	fmt.Println("max of strings:", max("americano", "zebra cake", "latte"))
	fmt.Println("min of floats:", min(3.5, 2.25, 4.0))
	const limit = 3
	for i := range limit {
		fmt.Printf("refill %d of %d\n", i+1, limit)
	}
}
