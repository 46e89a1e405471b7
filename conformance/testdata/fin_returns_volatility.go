package main

import (
	"fmt"
	"math"
	"sort"
)

type Series struct {
	Name   string
	Prices []float64
}

type Stats struct {
	Name        string
	TotalReturn float64
	MeanDaily   float64
	Vol         float64 // annualized
	Sharpe      float64
	MaxDD       float64
	VaR95       float64
}

const tradingDays = 252

func logReturns(p []float64) []float64 {
	r := make([]float64, 0, len(p)-1)
	for i := 1; i < len(p); i++ {
		r = append(r, math.Log(p[i]/p[i-1]))
	}
	return r
}

func meanStd(xs []float64) (mean, std float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	std = math.Sqrt(std / float64(len(xs)-1))
	return
}

func maxDrawdown(p []float64) float64 {
	peak, dd := p[0], 0.0
	for _, x := range p {
		peak = math.Max(peak, x)
		dd = math.Max(dd, (peak-x)/peak)
	}
	return dd
}

func historicalVaR(r []float64, conf float64) float64 {
	s := append([]float64(nil), r...)
	sort.Float64s(s)
	idx := int(math.Floor((1 - conf) * float64(len(s))))
	return -s[idx]
}

func analyze(s Series, riskFree float64) Stats {
	r := logReturns(s.Prices)
	m, sd := meanStd(r)
	annVol := sd * math.Sqrt(tradingDays)
	annRet := m * tradingDays
	return Stats{
		Name:        s.Name,
		TotalReturn: s.Prices[len(s.Prices)-1]/s.Prices[0] - 1,
		MeanDaily:   m,
		Vol:         annVol,
		Sharpe:      (annRet - riskFree) / annVol,
		MaxDD:       maxDrawdown(s.Prices),
		VaR95:       historicalVaR(r, 0.95),
	}
}

func correlation(a, b []float64) float64 {
	ma, sa := meanStd(a)
	mb, sb := meanStd(b)
	cov := 0.0
	for i := range a {
		cov += (a[i] - ma) * (b[i] - mb)
	}
	cov /= float64(len(a) - 1)
	return cov / (sa * sb)
}

func main() {
	series := []Series{
		{"GROWTH", []float64{50, 51.2, 50.4, 52.9, 54.1, 53.0, 55.6, 57.2, 56.1, 58.8, 60.3, 59.0, 61.7, 63.2, 62.0, 64.5, 66.1, 65.3, 67.9, 69.0}},
		{"VALUE", []float64{80, 80.4, 80.9, 80.6, 81.3, 81.7, 81.2, 82.0, 82.5, 82.1, 82.9, 83.4, 83.0, 83.8, 84.2, 83.9, 84.6, 85.1, 84.8, 85.5}},
		{"CYCLICAL", []float64{30, 31.5, 29.8, 28.4, 30.2, 32.0, 30.9, 29.1, 27.6, 28.8, 30.5, 31.9, 30.1, 28.7, 29.9, 31.4, 32.8, 31.0, 29.6, 30.8}},
	}
	const rf = 0.04
	fmt.Printf("%-9s %8s %10s %8s %7s %7s %7s\n", "asset", "total", "mean/day", "vol", "sharpe", "maxDD", "VaR95")
	stats := make([]Stats, len(series))
	for i, s := range series {
		st := analyze(s, rf)
		stats[i] = st
		fmt.Printf("%-9s %7.2f%% %10.6f %7.2f%% %7.3f %6.2f%% %6.2f%%\n",
			st.Name, st.TotalReturn*100, st.MeanDaily, st.Vol*100, st.Sharpe, st.MaxDD*100, st.VaR95*100)
	}

	sort.SliceStable(stats, func(i, j int) bool { return stats[i].Sharpe > stats[j].Sharpe })
	fmt.Print("ranked by sharpe:")
	for _, s := range stats {
		fmt.Printf(" %s", s.Name)
	}
	fmt.Println()

	fmt.Println("correlation matrix:")
	rets := make([][]float64, len(series))
	for i, s := range series {
		rets[i] = logReturns(s.Prices)
	}
	for i := range series {
		fmt.Printf("  %-9s", series[i].Name)
		for j := range series {
			fmt.Printf(" %6.3f", correlation(rets[i], rets[j]))
		}
		fmt.Println()
	}

	// equal-weight portfolio daily returns (simple returns)
	n := len(series[0].Prices)
	port := []float64{100}
	for d := 1; d < n; d++ {
		avg := 0.0
		for _, s := range series {
			avg += s.Prices[d]/s.Prices[d-1] - 1
		}
		avg /= float64(len(series))
		port = append(port, port[len(port)-1]*(1+avg))
	}
	ps := analyze(Series{"PORTFOLIO", port}, rf)
	fmt.Printf("equal-weight portfolio: final=%.4f vol=%.2f%% sharpe=%.3f maxDD=%.2f%%\n",
		port[n-1], ps.Vol*100, ps.Sharpe, ps.MaxDD*100)
}
