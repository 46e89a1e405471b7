package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `939
7,13,x,x,59,x,31,19`

type Bus struct {
	ID     int64
	Offset int64
}

func (b Bus) String() string { return fmt.Sprintf("bus %d @+%d", b.ID, b.Offset) }

// egcd returns g, x, y with a*x + b*y = g.
func egcd(a, b int64) (int64, int64, int64) {
	if b == 0 {
		return a, 1, 0
	}
	g, x, y := egcd(b, a%b)
	return g, y, x - (a/b)*y
}

func modInverse(a, m int64) int64 {
	_, x, _ := egcd(((a%m)+m)%m, m)
	return ((x % m) + m) % m
}

func mulMod(a, b, m int64) int64 {
	var r int64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a * 2) % m
		b >>= 1
	}
	return r
}

// CRT finds t such that t ≡ -offset (mod id) for every bus.
func CRT(buses []Bus) int64 {
	var n int64 = 1
	for _, b := range buses {
		n *= b.ID
	}
	var sum int64
	for _, b := range buses {
		rem := ((-b.Offset)%b.ID + b.ID) % b.ID
		p := n / b.ID
		term := mulMod(mulMod(rem, p, n), modInverse(p, b.ID), n)
		sum = (sum + term) % n
	}
	return sum
}

func main() {
	lines := strings.Split(input, "\n")
	earliest, _ := strconv.ParseInt(lines[0], 10, 64)
	var buses []Bus
	for i, f := range strings.Split(lines[1], ",") {
		if f == "x" {
			continue
		}
		id, _ := strconv.ParseInt(f, 10, 64)
		buses = append(buses, Bus{id, int64(i)})
	}
	fmt.Println(buses)
	bestBus, bestWait := Bus{}, int64(-1)
	for _, b := range buses {
		wait := (b.ID - earliest%b.ID) % b.ID
		if bestWait < 0 || wait < bestWait {
			bestBus, bestWait = b, wait
		}
	}
	fmt.Println("part 1:", bestBus.ID*bestWait)
	t := CRT(buses)
	for _, b := range buses {
		if (t+b.Offset)%b.ID != 0 {
			fmt.Println("mismatch at", b)
		}
	}
	fmt.Println("part 2:", t)
}
