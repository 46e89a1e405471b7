package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `3,4,3,1,2`

const modulus = 1_000_000_007

// School counts fish by timer value.
type School [9]uint64

func (s School) Step() School {
	var n School
	copy(n[:8], s[1:])
	n[6] += s[0]
	n[8] = s[0]
	return n
}

func (s School) Total() uint64 {
	var t uint64
	for _, c := range s {
		t += c
	}
	return t
}

// Matrix is a 9x9 transition matrix used for fast exponentiation mod p.
type Matrix [9][9]uint64

func transition() Matrix {
	var m Matrix
	for i := range 8 {
		m[i][i+1] = 1
	}
	m[6][0] = 1
	m[8][0] = 1
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	var c Matrix
	for i := range 9 {
		for k := range 9 {
			for j := range 9 {
				c[i][j] = (c[i][j] + a[i][k]*b[k][j]) % modulus
			}
		}
	}
	return c
}

func (a Matrix) Pow(n uint64) Matrix {
	var r Matrix
	for i := range 9 {
		r[i][i] = 1
	}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = r.Mul(a)
		}
		a = a.Mul(a)
	}
	return r
}

func after(start School, days uint64) uint64 {
	m := transition().Pow(days)
	var total uint64
	for i := range 9 {
		for j := range 9 {
			total = (total + m[i][j]*start[j]) % modulus
		}
	}
	return total
}

func main() {
	var s School
	for _, f := range strings.Split(input, ",") {
		n, _ := strconv.Atoi(f)
		s[n]++
	}
	start := s
	for day := 1; day <= 256; day++ {
		s = s.Step()
		if day == 18 || day == 80 {
			fmt.Printf("day %d: %d\n", day, s.Total())
		}
	}
	fmt.Println("part 1:", s.Total())

	fmt.Println("check:", after(start, 256) == s.Total()%modulus)
	fmt.Println("part 2 (day 1e6 mod 1e9+7):", after(start, 1_000_000))
}
