package main

import (
	"fmt"
	"strings"
)

type Money int // cents

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", m/100, m%100)
}

type Audit struct {
	log []string
}

func (a *Audit) Record(format string, args ...any) {
	a.log = append(a.log, fmt.Sprintf(format, args...))
}

type Booking struct {
	Ref   string
	Price Money
	Audit
}

func (b *Booking) Discount(pct int) {
	old := b.Price
	b.Price = b.Price * Money(100-pct) / 100
	b.Record("%s: discount %d%% %v -> %v", b.Ref, pct, old, b.Price)
}

func (b Booking) Summary() string {
	return fmt.Sprintf("%s %v", b.Ref, b.Price)
}

type HotelBooking struct {
	Booking
	Hotel  string
	Nights int
}

// Summary shadows the embedded Booking.Summary.
func (h HotelBooking) Summary() string {
	return fmt.Sprintf("%s, %d nights at %s", h.Booking.Summary(), h.Nights, h.Hotel)
}

type FlightBooking struct {
	*Booking
	Flight string
	Seat   string
}

type Summarizer interface {
	Summary() string
}

func main() {
	h := HotelBooking{
		Booking: Booking{Ref: "H-1001", Price: 45000},
		Hotel:   "Riad Layla",
		Nights:  3,
	}
	h.Discount(10) // promoted pointer method through addressable value
	h.Record("%s: late checkout added", h.Ref)

	shared := &Booking{Ref: "F-2002", Price: 31999}
	f := FlightBooking{Booking: shared, Flight: "AT801", Seat: "12F"}
	f.Discount(25)
	fmt.Println("shared booking sees change:", shared.Price)

	items := []Summarizer{h, f, shared}
	for _, s := range items {
		fmt.Printf("%-14T %s\n", s, s.Summary())
	}
	total := h.Price + f.Price
	fmt.Println("trip total:", total)

	fmt.Println("hotel audit:")
	for _, line := range h.log {
		fmt.Println("  " + line)
	}
	fmt.Println("flight audit:", strings.Join(f.log, "; "))
	fmt.Printf("%+v\n", h)
}
