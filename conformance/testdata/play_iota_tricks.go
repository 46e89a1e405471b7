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

type ByteSize float64

const (
	_           = iota // skip zero
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

const (
	a, b = iota, iota * 10 // same iota on one line
	c, d
	e, f
)

const (
	x0 = "str" // iota is 0 but unused
	x1 = iota  // 1
	x2         // 2
	_
	x4 // 4
)

const (
	low = iota * iota
	mid
	high
	top
)

func main() {
	fmt.Println("days:", Sunday, Wednesday, Saturday, Weekday(9))
	fmt.Printf("%%d of Friday: %d, %%v: %v\n", Friday, Friday)
	fmt.Println("sizes:", KB, MB, GB, TB)
	fmt.Printf("GB as float: %.0f\n", float64(GB))

	fmt.Println("perms:", Read, Write, Exec, Read|Write, Read|Write|Exec, Perm(0))
	fmt.Printf("perm bits: %03b %03b %03b\n", Read, Write, Exec)

	fmt.Println("pairs:", a, b, c, d, e, f)
	fmt.Println("skipped:", x0, x1, x2, x4)
	fmt.Println("squares:", low, mid, high, top)

	var days []Weekday
	for d := Sunday; d <= Saturday; d += 2 {
		days = append(days, d)
	}
	fmt.Println("every other day:", days)
	fmt.Printf("%%#v: %#v\n", Tuesday)
	fmt.Printf("%%T: %T %T %T\n", Monday, KB, Exec)
}
