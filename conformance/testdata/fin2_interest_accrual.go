package main

import (
	"fmt"
	"time"
)

type DayCount int

const (
	Actual365 DayCount = iota
	Actual360
	Thirty360
)

func (d DayCount) String() string {
	return [...]string{"ACT/365", "ACT/360", "30/360"}[d]
}

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Fraction returns the year fraction between two dates under the convention.
func (d DayCount) Fraction(from, to time.Time) float64 {
	switch d {
	case Actual360:
		return to.Sub(from).Hours() / 24 / 360
	case Thirty360:
		d1, d2 := min(from.Day(), 30), to.Day()
		if d1 == 30 && d2 == 31 {
			d2 = 30
		}
		days := 360*(to.Year()-from.Year()) + 30*int(to.Month()-from.Month()) + d2 - d1
		return float64(days) / 360
	default:
		return to.Sub(from).Hours() / 24 / 365
	}
}

type Deposit struct {
	Principal int64 // cents
	RateBps   int64
	Start     time.Time
}

func (dp Deposit) Accrued(to time.Time, dc DayCount) (interest int64) {
	f := dc.Fraction(dp.Start, to)
	raw := float64(dp.Principal) * float64(dp.RateBps) / 10000 * f
	return int64(raw + 0.5)
}

func money(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	dep := Deposit{Principal: 25000000, RateBps: 425, Start: date(2024, time.January, 15)}
	ends := []time.Time{
		date(2024, time.January, 31),
		date(2024, time.March, 31),
		date(2024, time.July, 15),
		date(2025, time.January, 15),
	}
	fmt.Printf("deposit %s at %d.%02d%% from %s\n", money(dep.Principal), dep.RateBps/100, dep.RateBps%100, dep.Start.Format("2006-01-02"))
	for _, end := range ends {
		fmt.Printf("to %s:", end.Format("2006-01-02"))
		for dc := Actual365; dc <= Thirty360; dc++ {
			fmt.Printf("  %s %9s", dc, money(dep.Accrued(end, dc)))
		}
		fmt.Println()
	}
	// Monthly accrual postings: interest earned in each month-end period.
	prev := dep.Start
	var posted int64
	for m := time.February; m <= time.June; m++ {
		end := date(2024, m, 1).AddDate(0, 0, -1)
		total := dep.Accrued(end, Actual365)
		fmt.Printf("accrual %s days=%2d post %s\n", end.Format("Jan"), int(end.Sub(prev).Hours()/24), money(total-posted))
		posted = total
		prev = end
	}
	fmt.Println("posted to date:", money(posted))
}
