package main

import (
	"errors"
	"fmt"
	"strings"
)

// OverloadError carries details about an overload condition.
type OverloadError struct {
	Car     string
	LoadKg  float64
	LimitKg float64
}

func (e OverloadError) Error() string {
	return fmt.Sprintf("car %s overloaded: %.1f kg > %.1f kg", e.Car, e.LoadKg, e.LimitKg)
}

// Excess reports how much weight must leave the car.
func (e OverloadError) Excess() float64 { return e.LoadKg - e.LimitKg }

type Passenger struct {
	Name   string
	Weight float64
}

type Car struct {
	ID      string
	LimitKg float64
	riders  []Passenger
}

func (c *Car) Load() float64 {
	total := 0.0
	for _, p := range c.riders {
		total += p.Weight
	}
	return total
}

func (c *Car) Enter(p Passenger) error {
	c.riders = append(c.riders, p)
	if load := c.Load(); load > c.LimitKg {
		return OverloadError{Car: c.ID, LoadKg: load, LimitKg: c.LimitKg}
	}
	return nil
}

// LeaveLast removes the most recent passenger (they step back out).
func (c *Car) LeaveLast() Passenger {
	p := c.riders[len(c.riders)-1]
	c.riders = c.riders[:len(c.riders)-1]
	return p
}

func main() {
	car := &Car{ID: "L2", LimitKg: 400}
	queue := []Passenger{
		{"Amara", 68.4}, {"Bruno", 92.15}, {"Chen", 55},
		{"Dana", 110.6}, {"Eli", 81.25}, {"Fay", 49.9},
	}

	fmt.Printf("%-6s %8s %8s  %s\n", "name", "weight", "load", "result")
	fmt.Println(strings.Repeat("-", 40))
	for _, p := range queue {
		err := car.Enter(p)
		var oe OverloadError
		if errors.As(err, &oe) {
			out := car.LeaveLast()
			fmt.Printf("%-6s %8.2f %8.2f  refused (excess %.2f kg), %s waits\n",
				p.Name, p.Weight, oe.LoadKg, oe.Excess(), out.Name)
			continue
		}
		fmt.Printf("%-6s %8.2f %8.2f  boarded\n", p.Name, p.Weight, car.Load())
	}
	fmt.Println(strings.Repeat("-", 40))

	pct := 100 * car.Load() / car.LimitKg
	fmt.Printf("final load %8.2f kg of %.0f kg (%5.1f%%)\n", car.Load(), car.LimitKg, pct)
	names := make([]string, len(car.riders))
	for i, r := range car.riders {
		names[i] = r.Name
	}
	fmt.Printf("riders: %s\n", strings.Join(names, ", "))

	var err error = OverloadError{"X", 512.345, 450}
	fmt.Printf("as error: %v\n", err)
	fmt.Printf("as struct: %+v\n", err)
	fmt.Printf("padded: |%10.3f|%-10.1f|%010.2f|\n", 512.345, 512.345, 512.345)
}
