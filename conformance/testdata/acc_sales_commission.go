package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	First, Last string
}

func (p Person) FullName() string { return p.First + " " + p.Last }

type Tier struct {
	UpTo    int64 // attainment percent ceiling, inclusive
	RateBps int64
}

type Plan struct {
	Name  string
	Tiers []Tier
	Cap   int64 // max commission in cents, 0 = uncapped
}

type SalesRep struct {
	Person
	Region string
	Quota  int64
	Deals  []int64
	Plan   *Plan
}

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

func SumOf[T ~int64 | ~int](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func (r SalesRep) Booked() int64 { return SumOf(r.Deals) }

func (r SalesRep) Attainment() float64 { return float64(r.Booked()) / float64(r.Quota) * 100 }

// Commission pays each slice of bookings at the rate of the tier it falls in.
func (r SalesRep) Commission() (total int64, parts []string) {
	booked := r.Booked()
	var prev int64
	for _, t := range r.Plan.Tiers {
		ceiling := r.Quota * t.UpTo / 100
		slice := Clamp(booked, prev, ceiling) - prev
		if slice > 0 {
			c := slice * t.RateBps / 10000
			total += c
			parts = append(parts, fmt.Sprintf("%.0f@%.1f%%", float64(slice)/100, float64(t.RateBps)/100))
		}
		prev = ceiling
	}
	if len(parts) == 0 {
		parts = append(parts, "no bookings")
	}
	if r.Plan.Cap > 0 && total > r.Plan.Cap {
		parts = append(parts, "capped")
		total = r.Plan.Cap
	}
	return total, parts
}

func main() {
	standard := &Plan{"standard", []Tier{{50, 300}, {100, 600}, {150, 900}, {1 << 20, 1200}}, 0}
	capped := &Plan{"enterprise", []Tier{{100, 400}, {1 << 20, 800}}, 2000000}

	reps := []SalesRep{
		{Person{"Ada", "Ng"}, "West", 50000000, []int64{12000000, 9500000, 31000000}, standard},
		{Person{"Ben", "Ortiz"}, "East", 40000000, []int64{8000000, 4500000}, standard},
		{Person{"Cy", "Park"}, "East", 80000000, []int64{60000000, 70000000, 5000000}, capped},
		{Person{"Di", "Quinn"}, "West", 50000000, []int64{25000000, 27500000}, standard},
		{Person{"Eli", "Ross"}, "North", 30000000, nil, standard},
		{Person{"Fay", "Shah"}, "North", 40000000, []int64{20000000, 22000000}, standard},
	}

	type row struct {
		rep  SalesRep
		comm int64
	}
	var rows []row
	fmt.Printf("%-10s %-6s %-10s %12s %7s %10s  %s\n", "Rep", "Region", "Plan", "Booked", "Attain", "Commission", "Breakdown")
	for _, r := range reps {
		c, parts := r.Commission()
		rows = append(rows, row{r, c})
		fmt.Printf("%-10s %-6s %-10s %12.2f %6.1f%% %10.2f  %s\n", r.FullName(), r.Region, r.Plan.Name,
			float64(r.Booked())/100, r.Attainment(), float64(c)/100, strings.Join(parts, " + "))
	}

	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.comm, a.comm), strings.Compare(a.rep.Last, b.rep.Last))
	})
	fmt.Println("\nLeaderboard:")
	rank := 0
	for i, r := range rows {
		if i == 0 || r.comm != rows[i-1].comm {
			rank = i + 1
		}
		medal := map[int]string{1: "gold", 2: "silver", 3: "bronze"}[rank]
		line := fmt.Sprintf("%2d. %-10s %10.2f %s", rank, r.rep.FullName(), float64(r.comm)/100, medal)
		fmt.Println(strings.TrimRight(line, " "))
	}

	byRegion := map[string][]int64{}
	for _, r := range rows {
		byRegion[r.rep.Region] = append(byRegion[r.rep.Region], r.comm)
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	slices.Sort(regions)
	fmt.Println("\nBy region:")
	for _, reg := range regions {
		cs := byRegion[reg]
		fmt.Printf("  %-5s reps=%d total=%.2f max=%.2f\n", reg, len(cs), float64(SumOf(cs))/100, float64(slices.Max(cs))/100)
	}
	fmt.Println("clamp checks:", Clamp(5, 1, 3), Clamp(-2.5, 0, 1), Clamp("m", "a", "k"))
}
