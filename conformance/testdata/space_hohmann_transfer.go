package main

import (
	"fmt"
	"math"
	"time"
)

const muEarth = 398600.4418 // km^3/s^2
const earthRadius = 6378.137

// Transfer describes a two-burn Hohmann transfer between circular orbits.
type Transfer struct {
	From, To float64 // orbit radii in km
}

func circular(r float64) float64 { return math.Sqrt(muEarth / r) }

// Burns returns the two delta-v values in km/s.
func (t Transfer) Burns() (dv1, dv2 float64) {
	a := (t.From + t.To) / 2
	vPeri := math.Sqrt(muEarth * (2/t.From - 1/a))
	vApo := math.Sqrt(muEarth * (2/t.To - 1/a))
	dv1 = math.Abs(vPeri - circular(t.From))
	dv2 = math.Abs(circular(t.To) - vApo)
	return dv1, dv2
}

// Duration returns the coast time (half an elliptical period).
func (t Transfer) Duration() time.Duration {
	a := (t.From + t.To) / 2
	secs := math.Pi * math.Sqrt(a*a*a/muEarth)
	return time.Duration(secs * float64(time.Second)).Round(time.Second)
}

// PropellantFraction uses the rocket equation for a given specific impulse.
func PropellantFraction(dv, isp float64) float64 {
	const g0 = 9.80665
	return 1 - math.Exp(-dv*1000/(isp*g0))
}

func main() {
	targets := []struct {
		Name string
		Alt  float64
	}{
		{"ISS", 420},
		{"MEO", 8000},
		{"GPS", 20200},
		{"GEO", 35786},
	}
	parking := earthRadius + 200

	fmt.Printf("%-5s %8s %8s %8s %12s %9s\n", "dest", "dv1", "dv2", "total", "coast", "prop%")
	for _, tg := range targets {
		tr := Transfer{From: parking, To: earthRadius + tg.Alt}
		dv1, dv2 := tr.Burns()
		total := dv1 + dv2
		fmt.Printf("%-5s %8.3f %8.3f %8.3f %12v %8.1f%%\n",
			tg.Name, dv1, dv2, total, tr.Duration(), 100*PropellantFraction(total, 320))
	}

	geo := Transfer{From: parking, To: earthRadius + 35786}
	d := geo.Duration()
	fmt.Printf("\nGTO coast: %v = %.2f hours = %d minutes\n", d, d.Hours(), int(d.Minutes()))
	fmt.Printf("truncated to hour: %v, rounded to 15m: %v\n", d.Truncate(time.Hour), d.Round(15*time.Minute))

	down := Transfer{From: earthRadius + 35786, To: parking}
	a1, a2 := down.Burns()
	fmt.Printf("return from GEO costs the same: %.3f km/s\n", a1+a2)
}
