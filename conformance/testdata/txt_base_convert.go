package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const base62Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func toBase62(n uint64) string {
	if n == 0 {
		return "0"
	}
	var buf [11]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = base62Digits[n%62]
		n /= 62
	}
	return string(buf[i:])
}

func fromBase62(s string) (uint64, error) {
	var n uint64
	for _, r := range s {
		d := strings.IndexRune(base62Digits, r)
		if d < 0 {
			return 0, fmt.Errorf("invalid base62 digit %q", r)
		}
		n = n*62 + uint64(d)
	}
	return n, nil
}

func main() {
	nums := []int64{0, 7, 255, 1000, -42, 1<<31 - 1, 1 << 40}
	fmt.Printf("%-14s %-8s %-16s %-15s %s\n", "dec", "b36", "hex", "oct", "bin(len)")
	for _, n := range nums {
		bin := strconv.FormatInt(n, 2)
		fmt.Printf("%-14d %-8s %-16s %-15s %s(%d)\n",
			n, strconv.FormatInt(n, 36), strconv.FormatInt(n, 16), strconv.FormatInt(n, 8),
			bin[max(0, len(bin)-12):], len(bin))
	}

	fmt.Println("-- fmt verbs --")
	v := 48879
	fmt.Printf("%d %b %o %O %x %X %#x %#o %08b\n", v, v, v, v, v, v, v, v, 5)

	fmt.Println("-- ParseInt base 0 --")
	inputs := []string{"0x1F", "0b1011", "0o17", "017", "1_000_000", "-0X_ff", "12a", "99999999999999999999", ""}
	for _, s := range inputs {
		n, err := strconv.ParseInt(s, 0, 64)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%-22q error: func=%s err=%v\n", s, ne.Func, ne.Err)
			}
			continue
		}
		fmt.Printf("%-22q = %d\n", s, n)
	}

	fmt.Println("-- bit sizes --")
	for _, bits := range []int{8, 16, 32} {
		_, err := strconv.ParseInt("200", 10, bits)
		u, uerr := strconv.ParseUint("200", 10, bits)
		fmt.Printf("bits=%2d int err=%v | uint=%d err=%v\n", bits, err != nil, u, uerr)
	}

	fmt.Println("-- base62 --")
	for _, n := range []uint64{0, 61, 62, 3843, 1234567890, 1<<64 - 1} {
		s := toBase62(n)
		back, err := fromBase62(s)
		fmt.Printf("%-20d -> %-12s back ok=%v err=%v\n", n, s, back == n, err)
	}
	_, err := fromBase62("ab-c")
	fmt.Println("bad:", err)

	fmt.Println("-- round trips through every base --")
	var sb strings.Builder
	for base := 2; base <= 36; base += 5 {
		s := strconv.FormatUint(2024, base)
		back, _ := strconv.ParseUint(s, base, 64)
		fmt.Fprintf(&sb, "%d:%s(%v) ", base, s, back == 2024)
	}
	fmt.Println(strings.TrimSpace(sb.String()))

	fmt.Println("-- AppendInt / Quote --")
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteToASCII(buf, "héllo\n")
	fmt.Println(string(buf))
}
