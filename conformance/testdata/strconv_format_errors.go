package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.Quote("tab\there"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
	for _, s := range []string{"42", "-0x1f", "9999999999999999999", "4x", ""} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(n, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  func:", ne.Func, "num:", ne.Num, "range:", errors.Is(err, strconv.ErrRange))
		}
	}
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	f, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 7, 10)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf), strconv.Itoa(-9)+"!")
}
