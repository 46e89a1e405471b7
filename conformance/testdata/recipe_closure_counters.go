package main

import (
	"fmt"
	"strings"
)

// counter returns a closure that remembers how many portions were served.
func counter(name string) func(int) string {
	served := 0
	return func(n int) string {
		served += n
		return fmt.Sprintf("%s: +%d (total %d)", name, n, served)
	}
}

// scaler builds a function that scales amounts by a fixed factor.
func scaler(factor float64) func(float64) float64 {
	return func(x float64) float64 { return x * factor }
}

// compose chains two float functions.
func compose(f, g func(float64) float64) func(float64) float64 {
	return func(x float64) float64 { return g(f(x)) }
}

type Budget struct {
	limit float64
	spent float64
}

// Spender returns a closure bound to the budget through a pointer.
func (b *Budget) Spender() func(item string, cost float64) bool {
	return func(item string, cost float64) bool {
		if b.spent+cost > b.limit {
			fmt.Printf("  %-8s %6.2f  REJECTED (left %.2f)\n", item, cost, b.limit-b.spent)
			return false
		}
		b.spent += cost
		fmt.Printf("  %-8s %6.2f  ok\n", item, cost)
		return true
	}
}

func main() {
	soup := counter("soup")
	pie := counter("pie")
	fmt.Println(soup(3))
	fmt.Println(pie(2))
	fmt.Println(soup(4))
	fmt.Println(pie(1))

	double := scaler(2)
	toOz := scaler(1 / 28.3495)
	doubleInOz := compose(double, toOz)
	fmt.Printf("200 g doubled = %.1f g = %.2f oz\n", double(200), doubleInOz(200))

	var actions []func() string
	for _, step := range []string{"chop", "fry", "simmer"} {
		actions = append(actions, func() string { return strings.ToUpper(step) })
	}
	for i, a := range actions {
		fmt.Println(i, a())
	}

	b := &Budget{limit: 20}
	buy := b.Spender()
	fmt.Println("shopping with budget 20.00:")
	bought := 0
	for _, it := range []struct {
		name string
		cost float64
	}{{"salmon", 11.5}, {"lemons", 1.2}, {"saffron", 8.99}, {"dill", 1.5}} {
		if buy(it.name, it.cost) {
			bought++
		}
	}
	fmt.Printf("bought %d items, spent %.2f\n", bought, b.spent)

	fib := func() func() int {
		a, b := 0, 1
		return func() int { a, b = b, a+b; return a }
	}()
	var layers []string
	for range 7 {
		layers = append(layers, fmt.Sprint(fib()))
	}
	fmt.Println("cake layer sizes:", strings.Join(layers, " "))
}
