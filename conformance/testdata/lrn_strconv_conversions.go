package main

import (
	"fmt"
	"strconv"
)

var parseErrors = 0

func main() {
	inputs := []string{"42", "-7", "3.14", "abc", "", "1000000", " 5"}
	sum := 0
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			parseErrors++
			fmt.Printf("could not parse %q: %v\n", s, err)
			continue
		}
		fmt.Println("parsed", n, "doubled", n*2)
		sum += n
	}
	fmt.Println("sum of valid:", sum, "errors:", parseErrors)

	f, err := strconv.ParseFloat("3.14", 64)
	if err != nil {
		fmt.Println("float error:", err)
	}
	fmt.Println("float:", f, "as int:", int(f))
	fmt.Println("int to float:", float64(7)/2, "integer division:", 7/2)

	s := strconv.Itoa(255)
	fmt.Println("itoa:", s, "len:", len(s), "plus 1 as string:", s+"1")
	fmt.Println("binary:", strconv.FormatInt(255, 2), "hex:", strconv.FormatInt(255, 16))
	fmt.Println("formatted float:", strconv.FormatFloat(2.0/3.0, 'f', 4, 64))

	b, err := strconv.ParseBool("true")
	fmt.Println("bool:", b, err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println("bad bool:", err)

	big, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println("overflow:", big, err)

	digits := ""
	for i := range 10 {
		digits += strconv.Itoa(i * i)
	}
	fmt.Println("digits:", digits, "length:", len(digits))

	total := 0
	for _, r := range digits {
		d, err := strconv.Atoi(string(r))
		if err == nil {
			total += d
		}
	}
	fmt.Println("digit sum:", total)

	celsius := []int{0, 37, 100}
	for _, c := range celsius {
		f := float64(c)*1.8 + 32
		fmt.Println(strconv.Itoa(c) + "C = " + strconv.FormatFloat(f, 'f', 1, 64) + "F")
	}

	r := rune(65)
	fmt.Println("rune 65 as string:", string(r), "quote:", strconv.Quote("tab\there"))
	fmt.Printf("types: %T %T %T %T\n", f, s, b, r)
}
