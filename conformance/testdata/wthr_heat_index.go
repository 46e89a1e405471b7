package main

import (
	"fmt"
	"math"
	"strings"
)

// DewPoint uses the Magnus formula (°C).
func DewPoint(tempC, rh float64) float64 {
	const a, b = 17.62, 243.12
	g := math.Log(rh/100) + a*tempC/(b+tempC)
	return b * g / (a - g)
}

// HeatIndex uses the NOAA Rothfusz regression (input and output in °F).
func HeatIndex(tempF, rh float64) float64 {
	if tempF < 80 {
		return 0.5 * (tempF + 61 + (tempF-68)*1.2 + rh*0.094)
	}
	return -42.379 + 2.04901523*tempF + 10.14333127*rh -
		0.22475541*tempF*rh - 0.00683783*tempF*tempF -
		0.05481717*rh*rh + 0.00122874*tempF*tempF*rh +
		0.00085282*tempF*rh*rh - 0.00000199*tempF*tempF*rh*rh
}

// WindChill uses the North American formula (°C, km/h).
func WindChill(tempC, kmh float64) (float64, bool) {
	if tempC > 10 || kmh <= 4.8 {
		return tempC, false
	}
	v := math.Pow(kmh, 0.16)
	return 13.12 + 0.6215*tempC - 11.37*v + 0.3965*tempC*v, true
}

func cToF(c float64) float64 { return c*9/5 + 32 }
func fToC(f float64) float64 { return (f - 32) * 5 / 9 }

func risk(hiC float64) string {
	switch {
	case hiC >= 54:
		return "extreme danger"
	case hiC >= 41:
		return "danger"
	case hiC >= 32:
		return "extreme caution"
	case hiC >= 27:
		return "caution"
	}
	return "-"
}

func main() {
	fmt.Println("Heat index (°C) by temperature and relative humidity")
	hums := []float64{30, 50, 70, 90}
	fmt.Printf("%6s", "T\\RH")
	for _, h := range hums {
		fmt.Printf("%7.0f%%", h)
	}
	fmt.Println()
	for _, t := range []float64{26, 30, 34, 38} {
		fmt.Printf("%6.0f", t)
		for _, h := range hums {
			fmt.Printf("%8.1f", fToC(HeatIndex(cToF(t), h)))
		}
		fmt.Println()
	}
	fmt.Println(strings.Repeat("-", 38))

	for _, c := range []struct{ t, rh float64 }{{33, 65}, {21, 40}, {36, 80}} {
		hi := fToC(HeatIndex(cToF(c.t), c.rh))
		fmt.Printf("T=%.0f RH=%.0f dew=%.1f feels=%.1f risk=%s\n", c.t, c.rh, DewPoint(c.t, c.rh), hi, risk(hi))
	}

	for _, w := range []struct{ t, v float64 }{{-10, 30}, {5, 3}, {0, 50}, {15, 40}} {
		wc, applied := WindChill(w.t, w.v)
		fmt.Printf("wind chill %5.1f°C at %4.0f km/h -> %6.1f°C (applied=%t)\n", w.t, w.v, wc, applied)
	}
}
