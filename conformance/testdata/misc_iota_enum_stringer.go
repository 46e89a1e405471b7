package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Size int

const (
	_ Size = iota * 10
	Small
	Medium
	_
	Huge
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	fmt.Println(Monday, Saturday+1, Weekday(-1))
	fmt.Printf("%v %d %s %q\n", Friday, Friday, Friday, Friday)
	for d := Sunday; d <= Saturday; d++ {
		if d.Weekend() {
			fmt.Print(d, " ")
		}
	}
	fmt.Println()
	days := []Weekday{Wednesday, Monday}
	fmt.Println(days, map[Weekday]bool{Tuesday: true})
	fmt.Println(Small, Medium, Huge)
	fmt.Println(KB, MB, GB)
	fmt.Printf("%T %T\n", Monday, KB)
}
