package main

import "fmt"

// Car holds fields common to every elevator car.
type Car struct {
	ID       string
	Floor    int
	Capacity int
	load     int
}

func (c *Car) MoveTo(floor int) int {
	dist := floor - c.Floor
	if dist < 0 {
		dist = -dist
	}
	c.Floor = floor
	return dist
}

func (c *Car) Board(n int) int {
	space := c.Capacity - c.load
	taken := min(n, space)
	c.load += taken
	return taken
}

func (c Car) Describe() string {
	return fmt.Sprintf("car %s at floor %d (%d/%d)", c.ID, c.Floor, c.load, c.Capacity)
}

// PassengerCar embeds Car and adds music.
type PassengerCar struct {
	Car
	Music string
}

// FreightCar embeds Car and overrides Describe.
type FreightCar struct {
	Car
	MaxKg int
}

func (f FreightCar) Describe() string {
	return "freight " + f.Car.Describe() + fmt.Sprintf(" max %dkg", f.MaxKg)
}

type Describer interface {
	Describe() string
}

// Logger is embedded to give a type logging behaviour.
type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type ServiceCar struct {
	*Car
	Logger
}

func main() {
	p := &PassengerCar{Car: Car{ID: "P1", Capacity: 8}, Music: "jazz"}
	f := &FreightCar{Car: Car{ID: "F1", Capacity: 3}, MaxKg: 2500}

	fmt.Println("boarded", p.Board(5), "then", p.Board(5))
	fmt.Println("travelled", p.MoveTo(6), "floors")
	fmt.Println("boarded", f.Board(2))
	fmt.Println("travelled", f.MoveTo(-2), "floors")

	for _, d := range []Describer{p, f, p.Car, f.Car} {
		fmt.Printf("%-20T %s\n", d, d.Describe())
	}
	fmt.Println("music:", p.Music, "| freight id via promotion:", f.ID)

	s := ServiceCar{Car: &Car{ID: "S1", Capacity: 2}, Logger: Logger{prefix: "[S1] "}}
	for _, fl := range []int{3, 10, 4} {
		d := s.MoveTo(fl)
		s.Logf("moved %d floors to %d", d, fl)
	}
	s.Logf("final: %s", s.Describe())
	for _, line := range s.lines {
		fmt.Println(line)
	}
	fmt.Printf("%+v\n", *s.Car)
}
