package main

import (
	"errors"
	"fmt"
	"strconv"
)

func classify(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, strconv.ErrSyntax):
		return "syntax"
	case errors.Is(err, strconv.ErrRange):
		return "range"
	}
	return "other"
}

func main() {
	inputs := []string{"42", "-17", "  8", "3.14", "", "abc", "99999999999999999999", "+5", "0x1f"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Printf("Atoi(%q): %v [%s]\n", s, err, classify(err))
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", s, n)
	}

	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Printf("NumError Func=%s Num=%q Err=%v\n", numErr.Func, numErr.Num, numErr.Err)
	}

	for _, s := range []string{"3.14159", "1e3", "-0.5", "inf", "NaN", "1e400", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, err=%v [%s]\n", s, f, err, classify(err))
	}

	for _, s := range []string{"127", "128", "-129", "ff"} {
		v, err := strconv.ParseInt(s, 10, 8)
		fmt.Printf("ParseInt(%q, 10, 8) = %d, %v\n", s, v, err)
	}

	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println("hex ff:", v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println("ParseUint -1:", u, err)

	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
}
