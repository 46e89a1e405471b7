package main

import (
	"encoding/json"
	"fmt"
	"log"
	"math"
)

type Extremes struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

type DailySummary struct {
	Station     string            `json:"station"`
	Date        string            `json:"date"`
	Temperature Extremes          `json:"temperature_c"`
	RainMM      float64           `json:"rain_mm"`
	GustKmh     *float64          `json:"gust_kmh,omitempty"`
	Alerts      []string          `json:"alerts"`
	Tags        map[string]string `json:"tags,omitempty"`
	internal    int
}

func summarize(station, date string, temps, rain []float64) DailySummary {
	s := DailySummary{Station: station, Date: date, Alerts: []string{}}
	s.Temperature = Extremes{Min: temps[0], Max: temps[0]}
	for _, t := range temps[1:] {
		s.Temperature.Min = min(s.Temperature.Min, t)
		s.Temperature.Max = max(s.Temperature.Max, t)
	}
	for _, r := range rain {
		s.RainMM += r
	}
	s.RainMM = math.Round(s.RainMM*10) / 10
	if s.RainMM > 20 {
		s.Alerts = append(s.Alerts, "heavy-rain")
	}
	if s.Temperature.Min < 0 {
		s.Alerts = append(s.Alerts, "frost")
	}
	return s
}

func main() {
	gust := 74.5
	a := summarize("GLA", "2024-03-02", []float64{3.1, -1.2, 5.8, 7.4, 2.0}, []float64{4.2, 10.1, 8.9})
	a.GustKmh = &gust
	a.Tags = map[string]string{"region": "scotland", "network": "synop"}
	a.internal = 42

	b := summarize("CDF", "2024-03-02", []float64{8.2, 9.9, 11.0}, []float64{0.4})

	out, err := json.MarshalIndent([]DailySummary{a, b}, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))

	compact, err := json.Marshal(b)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(compact))
	fmt.Printf("bytes: pretty=%d compact=%d\n", len(out), len(compact))
	fmt.Println("unexported field kept in memory only:", a.internal)
}
