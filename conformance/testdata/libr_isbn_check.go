package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrLength = errors.New("wrong length")

// normalize strips hyphens and spaces from an ISBN.
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return -1
		}
		return r
	}, s)
}

func valid10(s string) bool {
	sum := 0
	for i := range 10 {
		var d int
		if i == 9 && (s[i] == 'X' || s[i] == 'x') {
			d = 10
		} else if s[i] >= '0' && s[i] <= '9' {
			d = int(s[i] - '0')
		} else {
			return false
		}
		sum += d * (10 - i)
	}
	return sum%11 == 0
}

func valid13(s string) bool {
	sum := 0
	for i := range 13 {
		d, err := strconv.Atoi(s[i : i+1])
		if err != nil {
			return false
		}
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return sum%10 == 0
}

// to13 converts a valid ISBN-10 to ISBN-13 with the 978 prefix.
func to13(s string) string {
	base := "978" + s[:9]
	sum := 0
	for i, r := range base {
		d := int(r - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	check := (10 - sum%10) % 10
	return base + strconv.Itoa(check)
}

func Validate(raw string) (string, error) {
	s := normalize(raw)
	switch len(s) {
	case 10:
		if valid10(s) {
			return to13(s), nil
		}
	case 13:
		if valid13(s) {
			return s, nil
		}
	default:
		return "", fmt.Errorf("isbn %q: %w (%d digits)", raw, ErrLength, len(s))
	}
	return "", fmt.Errorf("isbn %q: bad checksum", raw)
}

func main() {
	inputs := []string{
		"0-306-40615-2",
		"978-0-306-40615-7",
		"0-8044-2957-X",
		"978-0-306-40615-8",
		"12345",
		"0 19 852663 6",
		"ABCDEFGHIJ",
	}
	for _, in := range inputs {
		isbn13, err := Validate(in)
		if err != nil {
			fmt.Printf("%-20s INVALID  %v (length error: %t)\n", in, err, errors.Is(err, ErrLength))
			continue
		}
		n, _ := strconv.ParseUint(isbn13, 10, 64)
		fmt.Printf("%-20s valid -> %s (hex %x)\n", in, isbn13, n)
	}

	prefix, err := strconv.ParseInt("978", 10, 16)
	fmt.Println("prefix:", prefix, err)
	_, err = strconv.Atoi("97X")
	fmt.Println("atoi error:", err)
	fmt.Println("quoted:", strconv.Quote("ISBN\t0-306"))
	fmt.Println("formatted base 2:", strconv.FormatInt(978, 2))
}
