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

type ByteSize float64

const (
	_           = iota // skip 0
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
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
	_ // skipped bit
	Exec
)

func (p Perm) String() string {
	s := ""
	for _, f := range []struct {
		bit Perm
		ch  byte
	}{{Read, 'r'}, {Write, 'w'}, {Exec, 'x'}} {
		if p&f.bit != 0 {
			s += string(f.ch)
		} else {
			s += "-"
		}
	}
	return s
}

const (
	a, b = iota, iota * 10 // 0, 0
	c, d                   // 1, 10
	e, f                   // 2, 20
)

const untyped = 1 << 40 // untyped constant, exceeds int32

func main() {
	fmt.Println(Monday, Saturday, Weekday(9))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v(%d) weekend=%v\n", d, d, d.Weekend())
	}
	fmt.Printf("%v %d %s %q\n", Friday, Friday, Friday, Friday)

	fmt.Println(KB, MB, GB)
	fmt.Println(ByteSize(1536), ByteSize(3*MB+MB/2), ByteSize(12))

	fmt.Println(Read, Write, Exec, Read|Exec, Read|Write|Exec, Perm(0))
	fmt.Printf("%d %d %d\n", Read, Write, Exec)

	fmt.Println(a, b, c, d, e, f)
	fmt.Println(untyped/(1<<30), float64(untyped))
	var i8 int8 = 1 << 6
	fmt.Println(i8, KB*2)
}
