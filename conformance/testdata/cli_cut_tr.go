package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const passwd = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
alice:x:1000:1000:Alice Smith:/home/alice:/bin/zsh
bob:x:1001:1001::/home/bob:/bin/sh`

var ErrBadRange = errors.New("cut: invalid field range")

// parseFields understands lists like "1,3-4,6".
func parseFields(spec string) ([]int, error) {
	var out []int
	for part := range strings.SplitSeq(spec, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.Atoi(lo)
		if err != nil || a < 1 {
			return nil, fmt.Errorf("%w: %q", ErrBadRange, part)
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil || b < a {
				return nil, fmt.Errorf("%w: %q", ErrBadRange, part)
			}
		}
		for i := a; i <= b; i++ {
			out = append(out, i)
		}
	}
	return out, nil
}

func cut(text, delim, spec string) {
	fmt.Printf("$ cut -d%q -f%s\n", delim, spec)
	fields, err := parseFields(spec)
	if err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrBadRange))
		return
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		cols := strings.Split(sc.Text(), delim)
		var picked []string
		for _, f := range fields {
			if f <= len(cols) {
				picked = append(picked, cols[f-1])
			}
		}
		fmt.Println(strings.Join(picked, delim))
	}
}

// tr maps each rune in from to the rune at the same position in to;
// if to is shorter, its last rune is repeated. Empty to means delete.
func tr(s, from, to string) string {
	src, dst := []rune(from), []rune(to)
	table := make(map[rune]rune, len(src))
	for i, r := range src {
		switch {
		case len(dst) == 0:
			table[r] = -1
		case i < len(dst):
			table[r] = dst[i]
		default:
			table[r] = dst[len(dst)-1]
		}
	}
	return strings.Map(func(r rune) rune {
		if m, ok := table[r]; ok {
			return m
		}
		return r
	}, s)
}

func main() {
	cut(passwd, ":", "1")
	cut(passwd, ":", "1,3-4,7")
	cut(passwd, ":", "5-9")
	cut(passwd, ":", "3-1")
	cut(passwd, ":", "x")

	msg := "Hello, World! Go is fun."
	fmt.Printf("%q\n", tr(msg, "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
	fmt.Printf("%q\n", tr(msg, "aeiou", "*"))
	fmt.Printf("%q\n", tr(msg, " ,.!", ""))
	fmt.Printf("%q\n", tr("héllo wörld", "éö", "eo"))
}
