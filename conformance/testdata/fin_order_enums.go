package main

import (
	"fmt"
	"strings"
)

type OrderType int

const (
	Market OrderType = iota
	Limit
	Stop
	StopLimit
	TrailingStop
)

func (t OrderType) String() string {
	switch t {
	case Market:
		return "MKT"
	case Limit:
		return "LMT"
	case Stop:
		return "STP"
	case StopLimit:
		return "STP LMT"
	case TrailingStop:
		return "TRAIL"
	}
	return fmt.Sprintf("OrderType(%d)", int(t))
}

type TimeInForce uint8

const (
	Day TimeInForce = iota + 1
	GTC
	IOC
	FOK
)

var tifNames = [...]string{"", "DAY", "GTC", "IOC", "FOK"}

func (t TimeInForce) String() string {
	if int(t) < len(tifNames) && t != 0 {
		return tifNames[t]
	}
	return "TIF?"
}

// Flags is a bitmask of order attributes.
type Flags uint16

const (
	AllOrNone Flags = 1 << iota
	Hidden
	PostOnly
	ReduceOnly
	ShortSale
)

func (f Flags) String() string {
	names := []string{"AON", "HIDDEN", "POST", "REDUCE", "SHORT"}
	var parts []string
	for i, n := range names {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := f &^ (1<<len(names) - 1); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	} else if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

func (f Flags) Has(x Flags) bool { return f&x == x }

type Order struct {
	Type        OrderType
	TIF         TimeInForce
	Flags       Flags
	Limit, Stop int64
}

func (o Order) Validate() []string {
	var errs []string
	needsLimit := o.Type == Limit || o.Type == StopLimit
	needsStop := o.Type == Stop || o.Type == StopLimit || o.Type == TrailingStop
	if needsLimit && o.Limit <= 0 {
		errs = append(errs, "limit price required")
	}
	if !needsLimit && o.Limit != 0 {
		errs = append(errs, "limit price not allowed")
	}
	if needsStop && o.Stop <= 0 {
		errs = append(errs, "stop price required")
	}
	if o.Type == Market && o.TIF == GTC {
		errs = append(errs, "market orders cannot be GTC")
	}
	if o.Flags.Has(PostOnly) && (o.TIF == IOC || o.TIF == FOK) {
		errs = append(errs, "post-only conflicts with "+o.TIF.String())
	}
	if o.Flags.Has(PostOnly) && o.Type != Limit {
		errs = append(errs, "post-only requires LMT")
	}
	if o.Type > TrailingStop || o.TIF == 0 || o.TIF > FOK {
		errs = append(errs, "unknown enum value")
	}
	return errs
}

func main() {
	orders := []Order{
		{Limit, Day, 0, 10050, 0},
		{Market, IOC, ReduceOnly, 0, 0},
		{Market, GTC, 0, 0, 0},
		{StopLimit, GTC, Hidden | AllOrNone, 9900, 9950},
		{Stop, Day, ShortSale, 0, 0},
		{Limit, IOC, PostOnly, 10000, 0},
		{TrailingStop, GTC, PostOnly | ReduceOnly, 0, 150},
		{OrderType(7), TimeInForce(9), Flags(0x120), 1, 0},
	}
	valid := 0
	for i, o := range orders {
		errs := o.Validate()
		status := "OK"
		if len(errs) > 0 {
			status = "INVALID: " + strings.Join(errs, "; ")
		} else {
			valid++
		}
		fmt.Printf("#%d %-7v %-4v flags=%-12v %s\n", i+1, o.Type, o.TIF, o.Flags, status)
	}
	fmt.Printf("%d/%d valid\n", valid, len(orders))

	all := Flags(0)
	for _, o := range orders {
		all |= o.Flags
	}
	fmt.Printf("union of flags: %v (%#04x = %016b)\n", all, uint16(all), uint16(all))
	var kinds []string
	for t := Market; t <= TrailingStop; t++ {
		kinds = append(kinds, fmt.Sprintf("%d=%q", t, t))
	}
	fmt.Println(strings.Join(kinds, " "))
}
