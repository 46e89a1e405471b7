package main

import (
	"fmt"
	"iter"
	"os"
	"text/tabwriter"
)

type Minutes int

func (m Minutes) String() string { return fmt.Sprintf("%dh%02dm", m/60, m%60) }

type Rate struct {
	UpTo  Minutes // band applies while start < UpTo
	Cents int     // price per started 30 minutes within the band
}

type Tariff struct {
	Name     string
	Bands    []Rate
	DailyCap int
}

func (t Tariff) Bands30(stay Minutes) iter.Seq2[Minutes, int] {
	return func(yield func(Minutes, int) bool) {
		for start := Minutes(0); start < stay; start += 30 {
			price := t.Bands[len(t.Bands)-1].Cents
			for _, b := range t.Bands {
				if start < b.UpTo {
					price = b.Cents
					break
				}
			}
			if !yield(start, price) {
				return
			}
		}
	}
}

func (t Tariff) Charge(stay Minutes) int {
	if stay <= 15 {
		return 0 // grace period
	}
	total := 0
	for _, p := range t.Bands30(stay) {
		total += p
		if total >= t.DailyCap {
			return t.DailyCap
		}
	}
	return total
}

type Visit struct {
	Plate string
	In    Minutes
	Out   Minutes
}

func main() {
	tariffs := []Tariff{
		{"Downtown", []Rate{{60, 250}, {180, 200}, {1440, 150}}, 2400},
		{"Airport", []Rate{{120, 300}, {1440, 100}}, 3000},
	}
	visits := []Visit{
		{"KA-11", 8 * 60, 8*60 + 10},
		{"KA-12", 8 * 60, 8*60 + 45},
		{"MU-77", 9 * 60, 11*60 + 30},
		{"HH-03", 7*60 + 15, 15 * 60},
		{"B-900", 6 * 60, 23*60 + 59},
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "plate\tstay\t")
	for _, t := range tariffs {
		fmt.Fprintf(tw, "%s\t", t.Name)
	}
	fmt.Fprintln(tw)
	for _, v := range visits {
		stay := v.Out - v.In
		fmt.Fprintf(tw, "%s\t%v\t", v.Plate, stay)
		for _, t := range tariffs {
			fmt.Fprintf(tw, "%6.2f\t", float64(t.Charge(stay))/100)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()

	fmt.Println("\nbreakdown of MU-77 at Downtown:")
	for start, cents := range tariffs[0].Bands30(150) {
		fmt.Printf("  from %v: %d cents\n", start, cents)
	}
	fmt.Println("first two half-hours at Airport:")
	n := 0
	for start, cents := range tariffs[1].Bands30(600) {
		if n == 2 {
			break
		}
		fmt.Printf("  %v -> %d\n", start, cents)
		n++
	}
	fmt.Printf("%+v\n", tariffs[1])
}
