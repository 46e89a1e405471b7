package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Project struct {
	Name  string
	Flows []float64 // year 0 first, usually negative
}

func NPV(rate float64, flows []float64) (v float64) {
	for t, f := range flows {
		v += f / math.Pow(1+rate, float64(t))
	}
	return
}

var ErrNoIRR = errors.New("irr did not converge")

// IRR finds the rate where NPV is zero using bisection.
func IRR(flows []float64) (float64, error) {
	lo, hi := -0.99, 1.0
	if NPV(lo, flows)*NPV(hi, flows) > 0 {
		return 0, ErrNoIRR
	}
	for i := 0; i < 200; i++ {
		mid := (lo + hi) / 2
		if NPV(lo, flows)*NPV(mid, flows) <= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return (lo + hi) / 2, nil
}

func Payback(flows []float64) (years int, ok bool) {
	cum := 0.0
	for t, f := range flows {
		cum += f
		if cum >= 0 && t > 0 {
			return t, true
		}
	}
	return 0, false
}

func main() {
	projects := []Project{
		{"warehouse", []float64{-500000, 120000, 150000, 160000, 170000, 90000}},
		{"software", []float64{-80000, 40000, 40000, 30000}},
		{"solar", []float64{-200000, 25000, 25000, 25000, 25000, 25000, 25000}},
		{"kiosk", []float64{-30000, 5000, 40000}},
	}
	rate := 0.08
	type result struct {
		name string
		npv  float64
		irr  float64
		err  error
	}
	var results []result
	for _, p := range projects {
		r := result{name: p.Name, npv: NPV(rate, p.Flows)}
		r.irr, r.err = IRR(p.Flows)
		results = append(results, r)
		pb, ok := Payback(p.Flows)
		pbText := "never"
		if ok {
			pbText = fmt.Sprintf("%d years", pb)
		}
		irrText := "n/a"
		if r.err == nil {
			irrText = fmt.Sprintf("%.2f%%", r.irr*100)
		}
		fmt.Printf("%-10s NPV@8%% %12.2f IRR %8s payback %s\n", p.Name, r.npv, irrText, pbText)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].npv > results[j].npv })
	budget := 600000.0
	cost := map[string]float64{}
	for _, p := range projects {
		cost[p.Name] = -p.Flows[0]
	}
	fmt.Println("selection with budget", budget)
	for _, r := range results {
		if r.npv <= 0 {
			fmt.Printf("  skip %s (negative NPV)\n", r.name)
			continue
		}
		if cost[r.name] > budget {
			fmt.Printf("  skip %s (cost %.0f > remaining %.0f)\n", r.name, cost[r.name], budget)
			continue
		}
		budget -= cost[r.name]
		fmt.Printf("  fund %s, remaining %.0f\n", r.name, budget)
	}
	_, err := IRR([]float64{100, 100})
	fmt.Println("all-positive flows:", err)
}
