package main

import (
	"fmt"
	"strings"
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

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Next() Weekday   { return (d + 1) % 7 }
func (d Weekday) IsWeekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "|")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	Low = iota * 5
	_
	High
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func main() {
	// Step 1: iota counts from zero in each const block
	fmt.Println("step 1:", int(Sunday), int(Monday), int(Saturday))

	// Step 2: the String method is used by fmt
	fmt.Println("step 2:", Tuesday, Saturday)
	fmt.Printf("step 3: %v %d %s\n", Friday, Friday, Friday)

	// Step 4: out of range values are still printable
	fmt.Println("step 4:", Weekday(9))

	// Step 5: methods on an enum
	d := Saturday
	for range 3 {
		fmt.Println("step 5:", d, "weekend:", d.IsWeekend())
		d = d.Next()
	}

	// Step 6: bit flags with 1 << iota
	fmt.Println("step 6:", int(Read), int(Write), int(Exec))
	var p Perm = Read | Exec
	fmt.Println("step 7:", p)
	p |= Write
	fmt.Println("step 8:", p, p&Write != 0)
	p &^= Read
	fmt.Println("step 9:", p)
	fmt.Println("step 10:", Perm(0))

	// Step 11: skipping the first value with _
	fmt.Println("step 11:", KB, MB, GB)
	fmt.Printf("step 12: 3 GB = %.0f MB\n", 3*GB/MB)

	// Step 13: iota on a line with two names
	fmt.Println("step 13:", A, B, C, D, E, F)

	// Step 14: skipped entries still advance iota
	fmt.Println("step 14:", Low, High)

	// Step 15: iota in an expression with an offset
	fmt.Println("step 15:", Debug, Info, Warn, Error)

	// Step 16: switch over an enum
	for _, l := range []Level{Info, Error} {
		switch l {
		case Debug, Info:
			fmt.Println("step 16: quiet", l)
		case Warn, Error:
			fmt.Println("step 16: loud", l)
		}
	}

	// Step 17: typed constants keep their type
	fmt.Printf("step 17: %T %T %T\n", Monday, Exec, A)
}
