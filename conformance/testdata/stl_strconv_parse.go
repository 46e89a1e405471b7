package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(inputs []string, base, bits int) {
	for _, in := range inputs {
		n, err := strconv.ParseInt(in, base, bits)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			kind := "other"
			switch {
			case errors.Is(ne.Err, strconv.ErrSyntax):
				kind = "syntax"
			case errors.Is(ne.Err, strconv.ErrRange):
				kind = "range"
			}
			fmt.Printf("  %-12q -> %s error (clamped %d): %v\n", in, kind, n, err)
			continue
		}
		fmt.Printf("  %-12q -> %d\n", in, n)
	}
}

func main() {
	fmt.Println("ParseInt base 10, 8 bits:")
	parseAll([]string{"42", "-128", "127", "128", "12a", ""}, 10, 8)
	fmt.Println("ParseInt base 16, 32 bits:")
	parseAll([]string{"ff", "-7FFFFFFF", "0x10", "deadbeef"}, 16, 32)
	fmt.Println("ParseInt base 0 (prefix detection), 64 bits:")
	parseAll([]string{"0x1F", "0o17", "0b101", "1_000_000", "017"}, 0, 64)

	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println("max uint64:", u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println("negative uint:", err)

	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, err=%v\n", s, b, err)
	}

	floats := []float64{3.14159265, 1e21, 0.000012345, -2.5, 100}
	for _, f := range floats {
		fmt.Printf("%-12v f2=%-24s e3=%-11s g=%-12s g32=%s\n", f,
			strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'g', -1, 32))
	}
	pf, err := strconv.ParseFloat("6.02e23", 64)
	fmt.Println("ParseFloat:", pf, err)
	inf, err := strconv.ParseFloat("1e400", 64)
	fmt.Println("ParseFloat overflow:", inf, err)

	fmt.Println(strconv.Quote("tab\there \"quoted\" ☺"))
	fmt.Println(strconv.QuoteToASCII("café ☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println("can backquote:", strconv.CanBackquote("plain"), strconv.CanBackquote("has`tick"))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("Unquote: %q %v\n", uq, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println("Unquote bad:", err)

	fmt.Println("Itoa:", strconv.Itoa(-9876))
	fmt.Println("FormatInt base 2:", strconv.FormatInt(255, 2))
	fmt.Println("FormatInt base 36:", strconv.FormatInt(123456789, 36))
	fmt.Println("FormatBool:", strconv.FormatBool(false))
	buf := []byte("values:")
	for i := range 4 {
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(i*i*i), 10)
	}
	buf = strconv.AppendQuote(append(buf, ' '), "end")
	fmt.Println(string(buf))
	n, err := strconv.Atoi(" 12")
	fmt.Println("Atoi with space:", n, err)
	n, err = strconv.Atoi("-0042")
	fmt.Println("Atoi leading zeros:", n, err)
}
