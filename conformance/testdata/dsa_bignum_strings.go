package main

import (
	"fmt"
	"strings"
)

func trim(s string) string {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

func add(a, b string) string {
	var out []byte
	carry := 0
	for i, j := len(a)-1, len(b)-1; i >= 0 || j >= 0 || carry > 0; i, j = i-1, j-1 {
		sum := carry
		if i >= 0 {
			sum += int(a[i] - '0')
		}
		if j >= 0 {
			sum += int(b[j] - '0')
		}
		out = append(out, byte('0'+sum%10))
		carry = sum / 10
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return trim(string(out))
}

func compare(a, b string) int {
	a, b = trim(a), trim(b)
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

// sub returns |a-b| and the sign of a-b.
func sub(a, b string) (string, int) {
	sign := compare(a, b)
	if sign < 0 {
		a, b = b, a
	}
	out := []byte(a)
	borrow := 0
	for i, j := len(a)-1, len(b)-1; i >= 0; i, j = i-1, j-1 {
		d := int(a[i]-'0') - borrow
		if j >= 0 {
			d -= int(b[j] - '0')
		}
		if borrow = 0; d < 0 {
			d, borrow = d+10, 1
		}
		out[i] = byte('0' + d)
	}
	return trim(string(out)), sign
}

func mul(a, b string) string {
	res := make([]int, len(a)+len(b))
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			p := int(a[i]-'0')*int(b[j]-'0') + res[i+j+1]
			res[i+j+1] = p % 10
			res[i+j] += p / 10
		}
	}
	var sb strings.Builder
	for _, d := range res {
		sb.WriteByte(byte('0' + d))
	}
	return trim(sb.String())
}

func factorial(n int) string {
	r := "1"
	for i := 2; i <= n; i++ {
		r = mul(r, fmt.Sprint(i))
	}
	return r
}

func fib(n int) string {
	a, b := "0", "1"
	for i := 0; i < n; i++ {
		a, b = b, add(a, b)
	}
	return a
}

func group(s string) string {
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, parts...), ",")
}

func main() {
	a, b := "98765432109876543210", "12345678901234567890"
	fmt.Printf("a   = %s\nb   = %s\n", a, b)
	fmt.Printf("a+b = %s\n", add(a, b))
	d, sign := sub(a, b)
	fmt.Printf("a-b = %s (sign %+d)\n", d, sign)
	d, sign = sub(b, a)
	fmt.Printf("b-a = %s (sign %+d)\n", d, sign)
	fmt.Printf("a*b = %s\n", mul(a, b))
	fmt.Printf("999*999 = %s, 0*123 = %s, 1000-1 = %s\n", mul("999", "999"), mul("0", "123"), func() string { s, _ := sub("1000", "1"); return s }())
	for _, n := range []int{10, 20, 30} {
		fmt.Printf("%2d! = %s\n", n, group(factorial(n)))
	}
	for _, n := range []int{50, 100, 150} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}
	p := "1"
	for i := 0; i < 128; i++ {
		p = add(p, p)
	}
	fmt.Printf("2^128 = %s (%d digits)\n", p, len(p))
	fmt.Println("compare:", compare("00123", "123"), compare("99", "100"), compare("500", "499"))
}
