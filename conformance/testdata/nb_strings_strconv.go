package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Temperature float64

func (t Temperature) String() string {
	return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C"
}

func parseCSVInts(line string) ([]int, error) {
	var out []int
	for _, field := range strings.Split(line, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil {
			return out, err
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	s := "  Hello, Gopher World!  "

	// Step 1: trimming and case
	t := strings.TrimSpace(s)
	fmt.Printf("step 1: %q %q %q\n", t, strings.ToUpper(t), strings.ToLower(t))

	// Step 2: searching
	fmt.Println("step 2:", strings.Contains(t, "Gopher"), strings.Index(t, "o"), strings.LastIndex(t, "o"))

	// Step 3: prefix and suffix
	fmt.Println("step 3:", strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "?"))

	// Step 4: split, fields, join
	parts := strings.Split("a,b,,c", ",")
	fmt.Printf("step 4: %q len=%d\n", parts, len(parts))
	fields := strings.Fields("  one   two\tthree\n")
	fmt.Printf("step 5: %q\n", fields)
	fmt.Println("step 6:", strings.Join(fields, "-"))

	// Step 7: replace and repeat
	fmt.Println("step 7:", strings.ReplaceAll("oink oink oink", "k", "ky"), strings.Replace("aaaa", "a", "b", 2))
	fmt.Println("step 8:", strings.Repeat("=-", 5))

	// Step 9: cut and count
	key, value, found := strings.Cut("user=admin", "=")
	fmt.Println("step 9:", key, value, found, strings.Count("cheese", "e"))

	// Step 10: case-insensitive comparison
	fmt.Println("step 10:", strings.EqualFold("Go", "GO"), "Go" == "GO", strings.Compare("a", "b"))

	// Step 11: building strings efficiently
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println("step 11:", sb.String(), sb.Len())

	// Step 12: Itoa and Atoi
	n, err := strconv.Atoi("1234")
	fmt.Println("step 12:", strconv.Itoa(n+1)+"!", err)

	// Step 13: Atoi errors carry details
	_, err = strconv.Atoi("12a")
	fmt.Println("step 13:", err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("step 14:", numErr.Func, numErr.Num, numErr.Err)
	}

	// Step 15: range errors for sized parses
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println("step 15:", err, errors.Is(err, strconv.ErrRange))

	// Step 16: other bases
	fmt.Println("step 16:", strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	h, _ := strconv.ParseInt("ff", 16, 64)
	o, _ := strconv.ParseInt("0o17", 0, 64)
	fmt.Println("step 17:", h, o)

	// Step 18: floats and bools
	f, _ := strconv.ParseFloat("3.25", 64)
	bval, _ := strconv.ParseBool("true")
	fmt.Println("step 18:", f*2, bval, strconv.FormatBool(!bval))

	// Step 19: quoting
	fmt.Println("step 19:", strconv.Quote("tab\there \"quoted\""), strconv.QuoteToASCII("café"))
	uq, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("step 20: %q %v\n", uq, err)

	// Step 21: append variants avoid allocations
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	buf = strconv.AppendQuote(buf, "x")
	fmt.Println("step 21:", string(buf))

	// Step 22: a Stringer built with strconv
	fmt.Println("step 22:", Temperature(21.456), Temperature(-3))

	// Step 23: parsing a list, with and without an error
	nums, err := parseCSVInts("1, 2, 3, 42")
	fmt.Println("step 23:", nums, err)
	nums, err = parseCSVInts("7, eight, 9")
	fmt.Println("step 24:", nums, err)

	// Step 25: strings.Title is deprecated; capitalise by hand
	word := "gopher"
	fmt.Println("step 25:", strings.ToUpper(word[:1])+word[1:])
}
