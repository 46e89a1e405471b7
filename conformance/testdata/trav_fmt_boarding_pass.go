package main

import (
	"fmt"
	"hash/crc32"
	"strings"
)

type Airport string

type BoardingPass struct {
	Name    string
	Flight  string
	From    Airport
	To      Airport
	Seat    string
	Gate    int
	Group   byte
	Fare    float64
	Baggage []int
}

type Status int

const (
	OnTime Status = iota
	Delayed
	Boarding
)

func (s Status) String() string {
	switch s {
	case OnTime:
		return "on time"
	case Delayed:
		return "delayed"
	case Boarding:
		return "boarding"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func (bp BoardingPass) Barcode() string {
	data := fmt.Sprintf("%s|%s|%s%s|%s", bp.Name, bp.Flight, bp.From, bp.To, bp.Seat)
	return fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(data)))
}

func main() {
	bp := BoardingPass{
		Name: "MÜLLER/JONAS", Flight: "LX318", From: "ZRH", To: "LHR",
		Seat: "4A", Gate: 52, Group: 'B', Fare: 289.5, Baggage: []int{23, 8},
	}

	fmt.Printf("%%v  : %v\n", bp)
	fmt.Printf("%%+v : %+v\n", bp)
	fmt.Printf("%%#v : %#v\n", bp.Baggage)
	fmt.Printf("%%T  : %T / %T / %T\n", bp, bp.From, bp.Group)
	fmt.Printf("%%q  : %q %q\n", bp.Name, bp.Group)
	fmt.Printf("%%x  : %x  % X\n", bp.Flight, []byte(bp.From))
	fmt.Printf("%%c  : group %c\n", bp.Group)
	fmt.Printf("%%U  : %U\n", []rune(bp.Name)[1])
	fmt.Printf("fare: [%8.2f] [%-8.2f] [%08.2f] [%+.1f]\n", bp.Fare, bp.Fare, bp.Fare, bp.Fare)
	fmt.Printf("gate: [%5d] [%-5d] [%05d] [%b] [%o] [%#x]\n", bp.Gate, bp.Gate, bp.Gate, bp.Gate, bp.Gate, bp.Gate)
	fmt.Printf("barcode %s\n", bp.Barcode())

	for _, s := range []Status{OnTime, Delayed, Boarding, 7} {
		fmt.Printf("status %-12v %d %q\n", s, s, s)
	}

	width := 34
	line := strings.Repeat("=", width)
	fmt.Println(line)
	fmt.Printf("| %-*s |\n", width-4, "BOARDING PASS")
	fmt.Printf("| %-15s %14s |\n", bp.Name, bp.Flight)
	fmt.Printf("| %s -> %-23s |\n", bp.From, bp.To)
	fmt.Printf("| seat %-4s gate %-3d group %-5c |\n", bp.Seat, bp.Gate, bp.Group)
	fmt.Println(line)
	fmt.Printf("%6.1f%% of fare is tax\n", 38.0/bp.Fare*100)
	fmt.Print(fmt.Sprintln("bags:", bp.Baggage, "count", len(bp.Baggage)))
}
