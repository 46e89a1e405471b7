package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab"))
	fmt.Println(strconv.Quote("héllo ☺"))
	fmt.Println(strconv.QuoteToASCII("héllo ☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))

	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("Unquote: %q %v\n", s, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println("Unquote error:", err)

	n := int64(255)
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Printf("FormatInt(%d, %2d) = %s\n", n, base, strconv.FormatInt(n, base))
	}
	fmt.Println("negative:", strconv.FormatInt(-42, 2))
	fmt.Println("uint max:", strconv.FormatUint(^uint64(0), 16))

	buf := []byte("values:")
	for _, v := range []int64{1, -20, 300} {
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, v, 10)
	}
	buf = append(buf, " hex:"...)
	buf = strconv.AppendInt(buf, 48879, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	fmt.Println(string(buf))

	floats := []float64{3.14159265, 1.0 / 3.0, 1234567.891, 0.000012}
	for _, f := range floats {
		fmt.Printf("%-12s %-14s %-20s %s\n",
			strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'f', -1, 32))
	}

	fmt.Println(strconv.Itoa(-9876) + "!")
	fmt.Println(strconv.FormatBool(false))
}
