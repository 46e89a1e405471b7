package main

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

var ErrOverflow = errors.New("uint64 overflow")

type OverflowError struct {
	N, K uint64
	Step uint64
}

func (e *OverflowError) Error() string {
	return fmt.Sprintf("C(%d,%d) overflows at step %d", e.N, e.K, e.Step)
}

func (e *OverflowError) Unwrap() error { return ErrOverflow }

// binomial computes C(n,k) multiplicatively, checking for overflow with bits.Mul64.
func binomial(n, k uint64) (uint64, error) {
	if k > n {
		return 0, nil
	}
	k = min(k, n-k)
	result := uint64(1)
	for i := uint64(1); i <= k; i++ {
		hi, lo := bits.Mul64(result, n-k+i)
		// the 128-bit product is divisible by i; the quotient fits iff hi < i
		if hi >= i {
			return 0, &OverflowError{n, k, i}
		}
		q, _ := bits.Div64(hi, lo, i)
		result = q
	}
	return result, nil
}

func pascal(rows int) [][]uint64 {
	tri := make([][]uint64, rows)
	for r := range tri {
		tri[r] = make([]uint64, r+1)
		tri[r][0], tri[r][r] = 1, 1
		for c := 1; c < r; c++ {
			tri[r][c] = tri[r-1][c-1] + tri[r-1][c]
		}
	}
	return tri
}

func main() {
	tri := pascal(12)
	width := len(fmt.Sprint(tri[11])) + 2
	for _, row := range tri {
		s := strings.Trim(fmt.Sprint(row), "[]")
		pad := (width - len(s)) / 2
		fmt.Printf("%s%s\n", strings.Repeat(" ", pad), s)
	}

	for r, row := range tri {
		var sum uint64
		for _, v := range row {
			sum += v
		}
		if sum != 1<<r {
			fmt.Println("row", r, "sum mismatch")
		}
	}
	fmt.Println("row sums are powers of two")

	cases := [][2]uint64{{10, 3}, {52, 5}, {60, 30}, {66, 33}, {67, 33}, {68, 34}, {100, 50}, {1000, 2}, {5, 7}}
	for _, c := range cases {
		v, err := binomial(c[0], c[1])
		if err != nil {
			var oe *OverflowError
			fmt.Printf("C(%d,%d): %v (Is=%t As=%t)\n", c[0], c[1], err, errors.Is(err, ErrOverflow), errors.As(err, &oe))
			continue
		}
		fmt.Printf("C(%d,%d) = %d\n", c[0], c[1], v)
	}

	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Printf("2^63 * 6 = hi %d, lo %d\n", hi, lo)
	fmt.Printf("C(11,5)=%d: %b, leading zeros %d, ones %d\n", tri[11][5], tri[11][5], bits.LeadingZeros64(tri[11][5]), bits.OnesCount64(tri[11][5]))
}
