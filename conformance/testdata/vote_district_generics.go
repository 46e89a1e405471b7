package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Number is any numeric type we might tally in.
type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Votes int
type Percent float64

// Sum adds up any slice of numbers.
func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

// MaxBy returns the element with the largest key.
func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

// Map transforms a slice element-wise.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Pair holds two related values.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type District struct {
	Name     string
	Eligible Votes
	Cast     []Votes // per polling station
}

func (d District) Turnout() Percent {
	return Percent(100 * float64(Sum(d.Cast)) / float64(d.Eligible))
}

func main() {
	districts := []District{
		{"Riverside", 12000, []Votes{1200, 2300, 1850, 990}},
		{"Hillcrest", 8000, []Votes{2100, 1900, 1400}},
		{"Old Town", 15000, []Votes{3100, 2800, 2950, 1200, 700}},
		{"Harbor", 6000, []Votes{800, 950}},
	}

	for _, d := range districts {
		fmt.Printf("%-10s cast=%6d eligible=%6d turnout=%6.2f%%\n",
			d.Name, Sum(d.Cast), d.Eligible, d.Turnout())
	}

	turnouts := Map(districts, func(d District) Percent { return d.Turnout() })
	fmt.Printf("mean turnout: %.2f%%\n", Sum(turnouts)/Percent(len(turnouts)))

	best, _ := MaxBy(districts, func(d District) Percent { return d.Turnout() })
	fmt.Println("highest turnout:", best.Name)
	biggest, _ := MaxBy(districts, func(d District) Votes { return d.Eligible })
	fmt.Println("largest electorate:", biggest.Name)

	pairs := Map(districts, func(d District) Pair[string, Votes] {
		return Pair[string, Votes]{d.Name, Sum(d.Cast)}
	})
	slices.SortFunc(pairs, func(a, b Pair[string, Votes]) int {
		return cmp.Or(cmp.Compare(b.Val, a.Val), cmp.Compare(a.Key, b.Key))
	})
	for i, p := range pairs {
		fmt.Printf("%d. %v\n", i+1, p)
	}
	_, ok := MaxBy([]District{}, func(d District) string { return d.Name })
	fmt.Printf("empty MaxBy ok=%t, grand total=%d (%T)\n", ok, Sum(Map(districts, func(d District) Votes { return Sum(d.Cast) })), Votes(0))
}
