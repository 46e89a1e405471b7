package main

import (
	"fmt"
	"strconv"
	"strings"
)

type state int

const (
	stOutside state = iota
	stInString
	stEscape
	stHex
)

type LexError struct {
	Pos int
	Msg string
}

func (e *LexError) Error() string { return fmt.Sprintf("offset %d: %s", e.Pos, e.Msg) }

func lexStrings(src string) ([]string, error) {
	var out []string
	var cur strings.Builder
	st := stOutside
	start := 0
	hex := ""
	for i, r := range src {
		switch st {
		case stOutside:
			if r == '"' {
				st = stInString
				start = i
				cur.Reset()
			}
		case stInString:
			switch r {
			case '\\':
				st = stEscape
			case '"':
				out = append(out, cur.String())
				st = stOutside
			case '\n':
				return out, &LexError{i, "newline in string literal"}
			default:
				cur.WriteRune(r)
			}
		case stEscape:
			st = stInString
			switch r {
			case 'n':
				cur.WriteByte('\n')
			case 't':
				cur.WriteByte('\t')
			case '\\', '"':
				cur.WriteRune(r)
			case 'u':
				st = stHex
				hex = ""
			default:
				return out, &LexError{i, fmt.Sprintf("unknown escape \\%c", r)}
			}
		case stHex:
			hex += string(r)
			if len(hex) == 4 {
				v, err := strconv.ParseUint(hex, 16, 32)
				if err != nil {
					return out, &LexError{i - 3, "bad unicode escape " + hex}
				}
				cur.WriteRune(rune(v))
				st = stInString
			}
		}
	}
	if st != stOutside {
		return out, &LexError{start, "unterminated string literal"}
	}
	return out, nil
}

func main() {
	inputs := []string{
		`x = "hello" + "world"`,
		`say("tab\there", "quote\"inside\"", "back\\slash")`,
		`greek = "\u03b1\u03b2\u03b3" // alpha beta gamma`,
		`msg = "caf\u00e9 ok" ; n = 3`,
		`bad = "oops\q"`,
		`open = "never closed`,
		`hex = "\u12zz"`,
		"split = \"line\nbreak\"",
		`none = 42`,
	}
	for _, in := range inputs {
		strs, err := lexStrings(in)
		fmt.Printf("%q\n", in)
		for i, s := range strs {
			fmt.Printf("  [%d] %q (%d runes)\n", i, s, len([]rune(s)))
		}
		if err != nil {
			fmt.Println("  error:", err)
		} else if len(strs) == 0 {
			fmt.Println("  (no strings)")
		}
	}
}
