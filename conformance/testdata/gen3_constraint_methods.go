package main

import (
	"fmt"
	"slices"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) Valid() bool    { return c >= -273.15 }

type Fahrenheit float64

func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (f Fahrenheit) Valid() bool    { return f >= -459.67 }

type Reading interface {
	~float64
	fmt.Stringer
	Valid() bool
}

func Average[T Reading](xs []T) (T, int) {
	var sum T
	n := 0
	for _, x := range xs {
		if !x.Valid() {
			continue
		}
		sum += x
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return sum / T(n), n
}

func Extremes[T Reading](xs []T) (lo, hi T) {
	valid := slices.DeleteFunc(slices.Clone(xs), func(x T) bool { return !x.Valid() })
	return slices.Min(valid), slices.Max(valid)
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Points int

func (p Points) String() string { return fmt.Sprintf("%dpts", int(p)) }

type Amount interface {
	~int | ~int64
	String() string
}

func Total[A Amount](items map[string]A, keys ...string) (A, string) {
	var sum A
	var parts []string
	for _, k := range keys {
		v := items[k]
		sum += v
		parts = append(parts, k+"="+v.String())
	}
	return sum, strings.Join(parts, " + ")
}

func Describe[T interface {
	~int | ~int64 | ~float64
	fmt.Stringer
}](label string, v T) string {
	return fmt.Sprintf("%s: %v (%T, raw %v)", label, v, v, float64(v))
}

func main() {
	temps := []Celsius{21.5, 19, -300, 23.25, 18}
	avg, n := Average(temps)
	lo, hi := Extremes(temps)
	fmt.Printf("celsius avg=%v over %d readings, min=%v max=%v\n", avg, n, lo, hi)

	ftemps := []Fahrenheit{70.7, 66.2, -500, 73.85}
	favg, fn := Average(ftemps)
	flo, fhi := Extremes(ftemps)
	fmt.Printf("fahrenheit avg=%v over %d readings, min=%v max=%v\n", favg, fn, flo, fhi)

	none, cnt := Average([]Celsius{-1000})
	fmt.Println("all invalid:", none, cnt)

	cart := map[string]Cents{"coffee": 450, "bagel": 325, "juice": 599}
	sum, expr := Total(cart, "bagel", "coffee", "juice")
	fmt.Println(expr, "=", sum)

	rewards := map[string]Points{"signup": 100, "review": 25, "referral": 250}
	psum, pexpr := Total(rewards, "signup", "review", "referral", "missing")
	fmt.Println(pexpr, "=", psum)

	fmt.Println(Describe("avg", avg))
	fmt.Println(Describe("bill", sum))
	fmt.Println(Describe("bonus", psum*2))
	fmt.Printf("%v %s %d\n", Cents(5), Cents(12345), Cents(99))
}
