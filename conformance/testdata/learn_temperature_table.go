package main

import "fmt"

const freezingF = 32.0

func cToF(c float64) float64 {
	return c*9/5 + freezingF
}

func fToC(f float64) float64 {
	return (f - freezingF) * 5 / 9
}

func describe(c float64) string {
	if c <= 0 {
		return "freezing"
	} else if c < 15 {
		return "cold"
	} else if c < 25 {
		return "nice"
	}
	return "hot"
}

func main() {
	fmt.Println("Celsius  Fahrenheit  Feels")
	for c := -10.0; c <= 40; c += 10 {
		fmt.Printf("%7.1f  %10.1f  %s\n", c, cToF(c), describe(c))
	}
	fmt.Println()
	fmt.Println("  F      C")
	for f := 0; f <= 100; f += 20 {
		fmt.Printf("%3d %6.2f\n", f, fToC(float64(f)))
	}
	week := [7]float64{12.5, 14, 9.75, 20, 22.25, 18, 11}
	days := [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	sum := 0.0
	hottest := 0
	for i, t := range week {
		sum += t
		if t > week[hottest] {
			hottest = i
		}
	}
	avg := sum / float64(len(week))
	fmt.Printf("average %.3f C = %.3f F\n", avg, cToF(avg))
	fmt.Println("hottest:", days[hottest], week[hottest])
	fmt.Println("round trip:", fToC(cToF(37)))
	fmt.Println(cToF(-40) == -40, int(cToF(100)))
	fmt.Println(week)
}
