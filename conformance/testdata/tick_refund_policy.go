package main

import (
	"fmt"
)

type Ticket interface {
	Price() float64
	Kind() string
}

type Standard struct{ Base float64 }
type VIP struct {
	Base    float64
	Lounge  float64
	Upgrade bool
}
type Comp struct{ Reason string }

func (s Standard) Price() float64 { return s.Base }
func (s Standard) Kind() string   { return "standard" }
func (v VIP) Price() float64 {
	p := v.Base + v.Lounge
	if v.Upgrade {
		p += 25
	}
	return p
}
func (v VIP) Kind() string    { return "vip" }
func (c Comp) Price() float64 { return 0 }
func (c Comp) Kind() string   { return "comp" }

// refund decides how much to return given days before the event.
func refund(t Ticket, daysBefore int) (float64, string) {
	switch v := t.(type) {
	case Comp:
		return 0, "complimentary (" + v.Reason + ")"
	case VIP:
		if daysBefore >= 7 {
			return v.Price(), "full VIP refund"
		}
		return v.Base * 0.5, "half base, lounge kept"
	case Standard:
		switch {
		case daysBefore >= 14:
			return v.Base, "full refund"
		case daysBefore >= 3:
			return v.Base * 0.75, "75% refund"
		default:
			return 0, "too late"
		}
	default:
		return 0, fmt.Sprintf("unknown ticket type %T", v)
	}
}

type Voucher struct{ Value float64 }

func (v Voucher) Price() float64 { return v.Value }
func (v Voucher) Kind() string   { return "voucher" }

func main() {
	cases := []struct {
		t    Ticket
		days int
	}{
		{Standard{Base: 40}, 20},
		{Standard{Base: 40}, 5},
		{Standard{Base: 40}, 1},
		{VIP{Base: 120, Lounge: 30, Upgrade: true}, 10},
		{VIP{Base: 120, Lounge: 30}, 2},
		{Comp{Reason: "press"}, 30},
		{Voucher{Value: 15}, 30},
	}

	var totalPaid, totalBack float64
	for i, c := range cases {
		amt, why := refund(c.t, c.days)
		totalPaid += c.t.Price()
		totalBack += amt
		fmt.Printf("%d. %-8s paid %7.2f  days=%2d  refund %7.2f  %s\n",
			i+1, c.t.Kind(), c.t.Price(), c.days, amt, why)
	}
	fmt.Printf("total paid   %8.2f\n", totalPaid)
	fmt.Printf("total refund %8.2f\n", totalBack)
	fmt.Printf("retained     %8.2f (%.1f%%)\n", totalPaid-totalBack, 100*(totalPaid-totalBack)/totalPaid)
}
