package main

import "fmt"

// my first go program that converts temperatures
// (in python i would just use a list comprehension...)

func celsiusToFahrenheit(c float64) float64 {
	var f float64
	f = c*9/5 + 32
	return f
}

func fahrenheitToCelsius(f float64) float64 {
	return (f - 32) * 5 / 9
}

func describe(c float64) string {
	if c < 0 {
		return "freezing"
	} else if c < 15 {
		return "cold"
	} else if c < 25 {
		return "nice"
	} else {
		return "hot"
	}
}

func main() {
	fmt.Println("Celsius to Fahrenheit")
	fmt.Println("=====================")
	for c := -20; c <= 40; c = c + 10 {
		var celsius float64 = float64(c)
		fahr := celsiusToFahrenheit(celsius)
		fmt.Printf("%6.1f C = %6.1f F  (%s)\n", celsius, fahr, describe(celsius))
	}

	fmt.Println()
	fmt.Println("Fahrenheit to Celsius")
	fmt.Println("=====================")
	temps := []float64{0, 32, 50, 72.5, 98.6, 212}
	for i := 0; i < len(temps); i++ {
		fmt.Printf("%6.1f F = %7.2f C\n", temps[i], fahrenheitToCelsius(temps[i]))
	}

	// find the hottest one
	hottest := temps[0]
	for _, t := range temps {
		if t > hottest {
			hottest = t
		}
	}
	fmt.Println("hottest fahrenheit value was", hottest)

	// average
	total := 0.0
	for _, t := range temps {
		total += t
	}
	avg := total / float64(len(temps))
	fmt.Printf("average: %.3f F which is %.3f C\n", avg, fahrenheitToCelsius(avg))
}
