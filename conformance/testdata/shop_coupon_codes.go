package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

var (
	ErrUnknownCoupon = errors.New("unknown coupon")
	ErrExpired       = errors.New("coupon expired")
	ErrMinimumSpend  = errors.New("minimum spend not reached")
	ErrAlreadyUsed   = errors.New("coupon already used")
)

type Coupon struct {
	Code       string
	PercentOff int   // e.g. 10 means 10%
	AmountOff  Cents // fixed discount, used when PercentOff is 0
	MinSpend   Cents
	ExpiresDay int // day number; the "current day" is passed in
	SingleUse  bool
}

type CouponBook struct {
	coupons map[string]Coupon
	used    map[string]bool
}

func NewCouponBook(cs ...Coupon) *CouponBook {
	b := &CouponBook{coupons: map[string]Coupon{}, used: map[string]bool{}}
	for _, c := range cs {
		b.coupons[c.Code] = c
	}
	return b
}

func (b *CouponBook) Apply(code string, subtotal Cents, today int) (Cents, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	c, ok := b.coupons[code]
	if !ok {
		return 0, fmt.Errorf("apply %q: %w", code, ErrUnknownCoupon)
	}
	if today > c.ExpiresDay {
		return 0, fmt.Errorf("apply %q (expired day %d): %w", code, c.ExpiresDay, ErrExpired)
	}
	if subtotal < c.MinSpend {
		return 0, fmt.Errorf("apply %q: need %s, have %s: %w", code, c.MinSpend, subtotal, ErrMinimumSpend)
	}
	if c.SingleUse && b.used[code] {
		return 0, fmt.Errorf("apply %q: %w", code, ErrAlreadyUsed)
	}
	var discount Cents
	if c.PercentOff > 0 {
		discount = subtotal * Cents(c.PercentOff) / 100
	} else {
		discount = min(c.AmountOff, subtotal)
	}
	if c.SingleUse {
		b.used[code] = true
	}
	return discount, nil
}

func main() {
	book := NewCouponBook(
		Coupon{Code: "WELCOME10", PercentOff: 10, ExpiresDay: 30, SingleUse: true},
		Coupon{Code: "FIVEOFF", AmountOff: 500, MinSpend: 2500, ExpiresDay: 60},
		Coupon{Code: "SPRING", PercentOff: 15, ExpiresDay: 10},
		Coupon{Code: "BIGSAVE", AmountOff: 5000, ExpiresDay: 90},
	)

	attempts := []struct {
		code     string
		subtotal Cents
		day      int
	}{
		{"welcome10", 4999, 5},
		{"WELCOME10", 12000, 6},
		{"FIVEOFF", 1800, 12},
		{" fiveoff ", 3200, 12},
		{"SPRING", 8000, 14},
		{"FREESHIP", 3000, 1},
		{"BIGSAVE", 3500, 20},
	}

	var saved Cents
	for _, a := range attempts {
		d, err := book.Apply(a.code, a.subtotal, a.day)
		switch {
		case err == nil:
			saved += d
			fmt.Printf("OK    %-12q subtotal %-8s discount %-7s pay %s\n", a.code, a.subtotal, d, a.subtotal-d)
		case errors.Is(err, ErrUnknownCoupon):
			fmt.Println("BAD   ", err)
		case errors.Is(err, ErrExpired), errors.Is(err, ErrAlreadyUsed):
			fmt.Println("STALE ", err)
		default:
			fmt.Println("DENY  ", err)
		}
	}
	fmt.Println("total saved by customers:", saved)
}
