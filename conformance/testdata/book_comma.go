// Exercises 3.10-3.11: comma inserts commas in a decimal integer string.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

// commaRec is the recursive version from the book.
func commaRec(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return commaRec(s[:n-3]) + "," + s[n-3:]
}

// comma is a non-recursive version using bytes.Buffer.
// It handles an optional sign and an optional fractional part.
func comma(s string) string {
	var buf bytes.Buffer
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		buf.WriteByte(s[0])
		s = s[1:]
	}
	frac := ""
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		frac = s[dot:]
		s = s[:dot]
	}
	pre := len(s) % 3
	if pre == 0 && len(s) > 0 {
		pre = 3
	}
	buf.WriteString(s[:pre])
	for i := pre; i < len(s); i += 3 {
		buf.WriteByte(',')
		buf.WriteString(s[i : i+3])
	}
	buf.WriteString(frac)
	return buf.String()
}

func main() {
	for _, s := range []string{"1", "12", "123", "1234", "123456", "1234567", "12345678901"} {
		fmt.Printf("%-12s rec=%-15s buf=%s\n", s, commaRec(s), comma(s))
	}
	for _, s := range []string{"-1234", "+987654", "3.14159", "-1234567.891", "1000.5", ".25", ""} {
		fmt.Printf("%-14s -> %q\n", s, comma(s))
	}
}
