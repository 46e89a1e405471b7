package main

import (
	"fmt"
	"strings"
)

// Sensor is anything that can produce a named measurement.
type Sensor interface {
	Name() string
	Measure() float64
}

type Thermometer struct{ TempC float64 }
type Anemometer struct{ Rpm, Factor float64 }
type RainGauge struct{ Tips int }
type Barometer struct{ Hpa float64 }

func (t Thermometer) Name() string     { return "thermometer" }
func (t Thermometer) Measure() float64 { return t.TempC }

func (a Anemometer) Name() string     { return "anemometer" }
func (a Anemometer) Measure() float64 { return a.Rpm * a.Factor }

func (r *RainGauge) Name() string     { return "rain gauge" }
func (r *RainGauge) Measure() float64 { return float64(r.Tips) * 0.2 }
func (r *RainGauge) Tip()             { r.Tips++ }

func (b Barometer) Name() string     { return "barometer" }
func (b Barometer) Measure() float64 { return b.Hpa }

// Calibrator is an optional capability.
type Calibrator interface {
	Calibrate(offset float64)
}

func (b *Barometer) Calibrate(offset float64) { b.Hpa += offset }

func describe(s Sensor) string {
	switch v := s.(type) {
	case Thermometer:
		return fmt.Sprintf("%.1f °C", v.TempC)
	case Anemometer:
		return fmt.Sprintf("%.1f km/h (rpm=%.0f)", v.Measure(), v.Rpm)
	case *RainGauge:
		return fmt.Sprintf("%.1f mm from %d tips", v.Measure(), v.Tips)
	case *Barometer:
		return fmt.Sprintf("%.1f hPa (calibratable)", v.Hpa)
	default:
		return fmt.Sprintf("unknown sensor %T", v)
	}
}

func main() {
	gauge := &RainGauge{}
	for range 7 {
		gauge.Tip()
	}
	baro := &Barometer{Hpa: 1009.4}
	sensors := []Sensor{
		Thermometer{TempC: 18.6},
		Anemometer{Rpm: 120, Factor: 0.15},
		gauge,
		baro,
		Barometer{Hpa: 1000},
	}

	for i, s := range sensors {
		fmt.Printf("%d %-12s %-28s %T\n", i, s.Name(), describe(s), s)
	}

	calibrated := 0
	for _, s := range sensors {
		if c, ok := s.(Calibrator); ok {
			c.Calibrate(2.5)
			calibrated++
		}
	}
	fmt.Printf("calibrated %d sensor(s); barometer now %.1f\n", calibrated, baro.Measure())

	var names []string
	total := 0.0
	for _, s := range sensors {
		names = append(names, strings.ToUpper(s.Name()[:1])+s.Name()[1:])
		total += s.Measure()
	}
	fmt.Println(strings.Join(names, ", "))
	fmt.Printf("sum of raw measurements: %.2f\n", total)

	var missing Sensor
	fmt.Printf("nil sensor: %v, is nil: %t\n", missing, missing == nil)
}
