package main

import (
	"fmt"
	"math/big"
	"sort"
)

type Pair struct{ From, To string }

type Rates map[Pair]*big.Rat

func (r Rates) Set(from, to, rate string) {
	q, ok := new(big.Rat).SetString(rate)
	if !ok {
		panic("bad rate " + rate)
	}
	r[Pair{from, to}] = q
	r[Pair{to, from}] = new(big.Rat).Inv(q)
}

func (r Rates) Convert(amount *big.Rat, from, to string) (*big.Rat, error) {
	if from == to {
		return new(big.Rat).Set(amount), nil
	}
	if q, ok := r[Pair{from, to}]; ok {
		return new(big.Rat).Mul(amount, q), nil
	}
	// try a triangulated route via USD
	a, ok1 := r[Pair{from, "USD"}]
	b, ok2 := r[Pair{"USD", to}]
	if ok1 && ok2 {
		out := new(big.Rat).Mul(amount, a)
		return out.Mul(out, b), nil
	}
	return nil, fmt.Errorf("no rate %s->%s", from, to)
}

func main() {
	rates := Rates{}
	rates.Set("USD", "EUR", "0.9215")
	rates.Set("USD", "JPY", "149.37")
	rates.Set("USD", "GBP", "0.7893")
	rates.Set("EUR", "CHF", "0.9610")

	amt, _ := new(big.Rat).SetString("1250.75")
	targets := []string{"EUR", "JPY", "GBP", "USD", "CHF"}
	for _, t := range targets {
		v, err := rates.Convert(amt, "USD", t)
		if err != nil {
			fmt.Println("USD ->", t, "error:", err)
			continue
		}
		fmt.Printf("1250.75 USD = %s %s\n", v.FloatString(4), t)
	}

	// Round trip stays exact with rationals.
	eur, _ := rates.Convert(amt, "USD", "EUR")
	back, _ := rates.Convert(eur, "EUR", "USD")
	fmt.Println("round trip exact:", back.Cmp(amt) == 0, back.RatString())

	// Cross rate via USD.
	gbpToJpy, err := rates.Convert(big.NewRat(100, 1), "GBP", "JPY")
	if err == nil {
		fmt.Println("100 GBP in JPY:", gbpToJpy.FloatString(2))
	}
	exact := new(big.Rat).Inv(rates[Pair{"USD", "GBP"}])
	fmt.Println("GBP->USD exact:", exact.RatString(), "~", exact.FloatString(6))

	keys := make([]Pair, 0, len(rates))
	for k := range rates {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].From != keys[j].From {
			return keys[i].From < keys[j].From
		}
		return keys[i].To < keys[j].To
	})
	for _, k := range keys {
		fmt.Printf("%s/%s %s\n", k.From, k.To, rates[k].FloatString(6))
	}
}
