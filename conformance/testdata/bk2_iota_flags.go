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

func (d Weekday) String() string { return dayNames[d] }
func (d Weekday) Weekend() bool  { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota // skip 0
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
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Sticky
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []struct {
		flag Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Sticky, "t"}}
	for _, n := range names {
		if p&n.flag != 0 {
			parts = append(parts, n.name)
		}
	}
	return strings.Join(parts, "|")
}

const (
	A = iota * 10
	B
	_
	D
	E = "text"
	F
	G    = iota
	H, I = iota, iota * 100
	J, K
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%d:%v:%t ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Printf("%T %v\n", Friday, Friday+1)

	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1536), ByteSize(3.5*float64(GB)), ByteSize(12))
	fmt.Printf("%.0f %.0f\n", float64(KB), float64(MB))

	fmt.Println(Read, Write, Exec, Sticky)
	fmt.Printf("%d %d %d %d\n", Read, Write, Exec, Sticky)
	p := Read | Write
	fmt.Println("p:", p, uint8(p))
	p |= Exec
	fmt.Println("add exec:", p)
	p &^= Write
	fmt.Println("clear write:", p)
	fmt.Println("has read:", p&Read != 0, "has write:", p&Write != 0)
	p ^= Sticky | Read
	fmt.Println("toggle:", p, Perm(0))
	fmt.Printf("%08b %v\n", Read|Write|Exec|Sticky, ^Perm(0))

	fmt.Println(A, B, D, E, F, G, H, I, J, K)
	fmt.Printf("%T %T %T\n", A, E, KB)
}
