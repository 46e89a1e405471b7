package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Coin int

func (c Coin) String() string {
	if c >= 100 {
		return fmt.Sprintf("$%d", c/100)
	}
	return fmt.Sprintf("%dc", int(c))
}

type Hopper map[Coin]int

func (h Hopper) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for _, c := range slices.Backward(slices.Sorted(maps.Keys(h))) {
		if b.Len() > 1 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v:%d", c, h[c])
	}
	b.WriteByte('}')
	return b.String()
}

func (h Hopper) Value() int {
	v := 0
	for c, n := range h {
		v += int(c) * n
	}
	return v
}

var ErrExactChange = errors.New("exact change only")

// MakeChange finds the fewest coins for amount using dynamic programming
// over the coins currently available in the hopper.
func (h Hopper) MakeChange(amount int) (Hopper, error) {
	type state struct {
		count int
		used  Hopper
	}
	best := make([]*state, amount+1)
	best[0] = &state{0, Hopper{}}
	for _, c := range slices.Sorted(maps.Keys(h)) {
		for range h[c] {
			for a := amount; a >= int(c); a-- {
				prev := best[a-int(c)]
				if prev == nil || prev.used[c] >= h[c] {
					continue
				}
				if cur := best[a]; cur == nil || prev.count+1 < cur.count {
					used := maps.Clone(prev.used)
					used[c]++
					best[a] = &state{prev.count + 1, used}
				}
			}
		}
	}
	if best[amount] == nil {
		return nil, fmt.Errorf("change for %d: %w", amount, ErrExactChange)
	}
	return best[amount].used, nil
}

func (h Hopper) Pay(out Hopper) {
	for c, n := range out {
		h[c] -= n
		if h[c] == 0 {
			delete(h, c)
		}
	}
}

func main() {
	h := Hopper{5: 4, 10: 2, 25: 3, 100: 1}
	fmt.Printf("start hopper %v worth %d\n", h, h.Value())
	for _, amt := range []int{30, 40, 65, 5, 100, 15, 7, 20, 25} {
		out, err := h.MakeChange(amt)
		if errors.Is(err, ErrExactChange) {
			fmt.Printf("%3d: %v\n", amt, err)
			continue
		}
		h.Pay(out)
		fmt.Printf("%3d: give %-16v left %v (worth %d)\n", amt, out, h, h.Value())
	}
	fmt.Printf("%T %v %d\n", Coin(25), []Coin{5, 10, 25, 100, 200}, Coin(10))
	big := Hopper{1: 3, 7: 2, 10: 5}
	for _, amt := range []int{14, 21, 33} {
		out, err := big.MakeChange(amt)
		fmt.Printf("from %v make %d: %v err=%v\n", big, amt, out, err)
	}
}
