package main

import (
	"fmt"
	"slices"
)

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

var weekdayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return weekdayNames[d]
}

func (d Weekday) IsWeekend() bool { return d == Saturday || d == Sunday }
func (d Weekday) Next() Weekday   { return (d + 1) % 7 }

// Bit flags with iota shifts.
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

// Skipping values and using expressions.
type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%v %d %s %q %+v %#v %T\n", Friday, Friday, Friday, Friday, Friday, Friday, Friday)
	fmt.Println(Weekday(9), Weekday(-1))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%-9s weekend=%-5v next=%v\n", d, d.IsWeekend(), d.Next())
	}
	days := []Weekday{Friday, Monday, Sunday, Wednesday}
	slices.Sort(days)
	fmt.Println(days, map[Weekday]int{Tuesday: 2, Monday: 1})

	fmt.Println(Read, Write, Exec, Read|Write, Read|Write|Exec, Perm(0))
	p := Read | Exec
	p |= Write
	p &^= Exec
	fmt.Printf("%v %03b %d\n", p, p, p)

	fmt.Println(KB, MB, GB)
	fmt.Printf("%T %d\n", GB, GB/MB)
	fmt.Println(A, B, C, D)
}
