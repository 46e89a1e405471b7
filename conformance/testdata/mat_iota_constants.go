package main

import (
	"fmt"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	names := []string{"read", "write", "exec"}
	for i, n := range names {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

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

func (d Weekday) String() string { return dayNames[d] }
func (d Weekday) Add(n int) Weekday {
	return Weekday(((int(d)+n)%7 + 7) % 7)
}

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f
)

const (
	low = iota * iota
	_
	mid
	_
	high
)

func main() {
	for _, size := range []ByteSize{512, 1536, 5 * MB, 2.5 * GB, 3 * TB} {
		fmt.Printf("%-14.0f -> %v\n", float64(size), size)
	}
	fmt.Println("KB MB GB:", float64(KB), float64(MB), float64(GB))

	perms := []Perm{0, Read, Read | Write, Read | Exec, Read | Write | Exec}
	for _, p := range perms {
		fmt.Printf("%03b %-15v has write: %v\n", uint8(p), p, p&Write != 0)
	}
	p := Read | Write | Exec
	p &^= Write
	fmt.Println("after clearing write:", p)

	fmt.Println("days:", Sunday, Wednesday, Saturday)
	fmt.Println("Friday + 3 =", Friday.Add(3), " Monday - 9 =", Monday.Add(-9))
	fmt.Println("paired iota:", a, b, c, d, e, f)
	fmt.Println("skipped iota squares:", low, mid, high)
}
