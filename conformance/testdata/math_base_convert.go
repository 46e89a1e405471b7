package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// toBase is a hand-written version of strconv.FormatInt.
func toBase(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf []byte
	for u > 0 {
		buf = append(buf, digits[u%uint64(base)])
		u /= uint64(base)
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

type BaseError struct {
	Input string
	Base  int
	Err   error
}

func (e *BaseError) Error() string {
	return fmt.Sprintf("convert %q from base %d: %v", e.Input, e.Base, e.Err)
}

func (e *BaseError) Unwrap() error { return e.Err }

func convert(s string, from, to int) (string, error) {
	v, err := strconv.ParseInt(strings.TrimSpace(s), from, 64)
	if err != nil {
		return "", &BaseError{s, from, err}
	}
	return strconv.FormatInt(v, to), nil
}

func main() {
	for _, n := range []int64{0, 7, 255, -255, 1000, 48879, 1 << 40, -9223372036854775808} {
		fmt.Printf("%20d | b2=%s | b8=%s | b16=%s | b36=%s | mine16=%s\n", n,
			strconv.FormatInt(n, 2), strconv.FormatInt(n, 8), strconv.FormatInt(n, 16),
			strconv.FormatInt(n, 36), toBase(n, 16))
	}
	fmt.Printf("verbs: %b %o %O %x %X %#x %#o %#b\n", 42, 42, 42, 255, 255, 255, 8, 5)

	conversions := []struct {
		in       string
		from, to int
	}{
		{"ff", 16, 2}, {"777", 8, 10}, {"zz", 36, 10}, {"-101010", 2, 16},
		{"0x1f", 0, 10}, {"0b1011", 0, 10}, {"0o17", 0, 10}, {"1_000_000", 0, 16},
		{"12a", 10, 2}, {"9223372036854775808", 10, 16}, {"", 10, 2}, {"  42 ", 10, 3},
	}
	for _, c := range conversions {
		out, err := convert(c.in, c.from, c.to)
		var be *BaseError
		switch {
		case errors.Is(err, strconv.ErrRange):
			fmt.Println("range error:", err)
		case errors.As(err, &be):
			fmt.Printf("syntax error in %q (base %d): %v\n", be.Input, be.Base, be.Err)
		default:
			fmt.Printf("%q base %d -> base %d: %s\n", c.in, c.from, c.to, out)
		}
	}

	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println("max uint64:", u, err, strconv.FormatUint(u, 16))
	_, err = strconv.ParseInt("300", 10, 8)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("NumError: Func=%s Num=%s Err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	n, err := strconv.Atoi("-0042")
	fmt.Println("Atoi:", n, err, strconv.Itoa(n*3), strconv.Quote(strconv.FormatInt(-5, 2)))
}
