package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Column struct {
	Name   string
	Values []float64
}

type Description struct {
	Index    int
	Name     string
	Count    int
	Mean     float64
	Std      float64
	Min, Max float64
	Median   float64
}

func (d Description) String() string {
	return fmt.Sprintf("%-10s %5d %9.3f %9.3f %8.2f %8.2f %8.2f",
		d.Name, d.Count, d.Mean, d.Std, d.Min, d.Median, d.Max)
}

func describe(i int, c Column) Description {
	d := Description{Index: i, Name: c.Name, Count: len(c.Values)}
	s := slices.Sorted(slices.Values(c.Values))
	d.Min, d.Max = s[0], s[len(s)-1]
	if len(s)%2 == 1 {
		d.Median = s[len(s)/2]
	} else {
		d.Median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	for _, v := range c.Values {
		d.Mean += v
	}
	d.Mean /= float64(d.Count)
	for _, v := range c.Values {
		d.Std += (v - d.Mean) * (v - d.Mean)
	}
	d.Std = math.Sqrt(d.Std / float64(d.Count-1))
	return d
}

const table = `age height weight score
23 172.5 68.0 81
31 165.0 59.5 77
27 180.2 82.3 90
45 158.8 61.0 65
38 175.5 79.9 70
22 169.1 64.4 88
29 183.0 90.2 73
51 162.7 70.1 59`

func main() {
	lines := strings.Split(table, "\n")
	header := strings.Fields(lines[0])
	cols := make([]Column, len(header))
	for i, h := range header {
		cols[i].Name = h
	}
	for _, l := range lines[1:] {
		for i, f := range strings.Fields(l) {
			v, _ := strconv.ParseFloat(f, 64)
			cols[i].Values = append(cols[i].Values, v)
		}
	}

	jobs := make(chan int)
	results := make(chan Description)
	for range 3 {
		go func() {
			for i := range jobs {
				results <- describe(i, cols[i])
			}
		}()
	}
	go func() {
		for i := range cols {
			jobs <- i
		}
		close(jobs)
	}()
	out := make([]Description, len(cols))
	for range cols {
		d := <-results
		out[d.Index] = d
	}
	fmt.Printf("%-10s %5s %9s %9s %8s %8s %8s\n", "column", "n", "mean", "std", "min", "median", "max")
	for _, d := range out {
		fmt.Println(d)
	}
	bmi := make([]float64, len(cols[1].Values))
	for i := range bmi {
		h := cols[1].Values[i] / 100
		bmi[i] = cols[2].Values[i] / (h * h)
	}
	fmt.Printf("%v\n(%T with %d columns)\n", describe(len(cols), Column{"bmi", bmi}), out, len(out))
	category := func(b float64) string {
		switch {
		case b < 18.5:
			return "under"
		case b < 25:
			return "normal"
		case b < 30:
			return "over"
		}
		return "obese"
	}
	fmt.Println("\nper person:")
	for i, b := range bmi {
		fmt.Printf("person %d: age %2.0f bmi %5.2f %-7s score %3.0f\n", i+1, cols[0].Values[i], b, category(b), cols[3].Values[i])
	}
}
