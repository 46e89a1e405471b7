package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	ints := []struct {
		s    string
		base int
		bits int
	}{
		{"42", 10, 64},
		{"-0x1F", 0, 64},
		{"0b1011", 0, 8},
		{"0o755", 0, 32},
		{"zz", 36, 64},
		{"300", 10, 8},
		{"12a", 10, 64},
		{"1_000_000", 0, 64},
	}
	for _, tc := range ints {
		v, err := strconv.ParseInt(tc.s, tc.base, tc.bits)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("ParseInt(%q, %d, %d): func=%s err=%v range=%v\n",
					tc.s, tc.base, tc.bits, ne.Func, ne.Err, errors.Is(err, strconv.ErrRange))
			}
			continue
		}
		fmt.Printf("ParseInt(%q, %d, %d) = %d\n", tc.s, tc.base, tc.bits, v)
	}

	u, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println("ParseUint ff:", u, err)

	for _, s := range []string{"3.14159", "1e10", "-0.0", "inf", "NaN", "1.5.2", "", "1e400"} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			fmt.Printf("ParseFloat(%q) error: %v\n", s, err)
			continue
		}
		fmt.Printf("ParseFloat(%q) = %v\n", s, f)
	}

	x := 1234.5678
	for _, format := range []byte{'f', 'e', 'g', 'E'} {
		fmt.Printf("FormatFloat %c: %s %s\n", format,
			strconv.FormatFloat(x, format, -1, 64), strconv.FormatFloat(x, format, 2, 64))
	}
	fmt.Println("shortest float32:", strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(0.1, 'g', 20, 64))

	for _, base := range []int{2, 8, 16, 36} {
		fmt.Printf("255 in base %d = %s\n", base, strconv.FormatInt(255, base))
	}

	buf := []byte("values:")
	for _, n := range []int64{7, -13, 1 << 40} {
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, n, 10)
	}
	buf = append(buf, " ok="...)
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "tab\there")
	fmt.Println(string(buf))

	for _, s := range []string{"hello", "line\nbreak", "日本", "bell\a", `back\slash`} {
		fmt.Printf("Quote=%s ASCII=%s\n", strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	fmt.Println("QuoteRune:", strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))

	unq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("Unquote: %q %v\n", unq, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println("Unquote bad:", err)

	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
	n, err := strconv.Atoi("  5")
	fmt.Println("Atoi with space:", n, err)
	fmt.Println("Itoa:", strconv.Itoa(-98765)+"!")
}
