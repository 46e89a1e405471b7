package main

import (
	"fmt"
	"math"
)

type Reading struct {
	City    string
	Celsius float64
}

var conversions = 0

func main() {
	fmt.Println("Celsius to Fahrenheit table")
	fmt.Println("---------------------------")
	for c := -20; c <= 40; c += 10 {
		f := cToF(float64(c))
		fmt.Printf("%5d C = %6.1f F\n", c, f)
	}
	fmt.Println("conversions so far:", conversions)

	fmt.Println()
	fmt.Println("Fahrenheit to Celsius table")
	fahrenheits := []float64{0, 32, 50, 72.5, 98.6, 212}
	for i, f := range fahrenheits {
		c := fToC(f)
		fmt.Printf("%d: %6.1f F = %6.2f C (rounded %d)\n", i, f, c, int(math.Round(c)))
	}

	readings := []Reading{
		{"Oslo", -3.5},
		{"Madrid", 21.25},
		{"Cairo", 34.0},
		{"Lima", 18.75},
	}
	fmt.Println("readings:", readings)

	sum := 0.0
	hottest := readings[0]
	coldest := readings[0]
	for _, r := range readings {
		sum += r.Celsius
		if r.Celsius > hottest.Celsius {
			hottest = r
		}
		if r.Celsius < coldest.Celsius {
			coldest = r
		}
	}
	avg := sum / float64(len(readings))
	fmt.Printf("average: %.3f C\n", avg)
	fmt.Printf("hottest: %+v\n", hottest)
	fmt.Printf("coldest: %v\n", coldest)
	fmt.Println("hottest in F:", cToF(hottest.Celsius))

	lo := math.Inf(1)
	hi := math.Inf(-1)
	for _, r := range readings {
		lo = min(lo, r.Celsius)
		hi = max(hi, r.Celsius)
	}
	fmt.Println("range:", lo, "to", hi, "spread:", hi-lo)
	fmt.Println("total conversions:", conversions)
	fmt.Printf("type of avg is %T, type of readings is %T\n", avg, readings)
}

func cToF(c float64) float64 {
	conversions++
	return c*9/5 + 32
}

func fToC(f float64) float64 {
	conversions++
	return (f - 32) * 5 / 9
}
