// Command tool_cut_fields implements "cut -d DELIM -f LIST" including ranges
// such as "1,3-4,6-" and reports malformed lists with a custom error type.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// RangeError describes a bad entry in a field list.
type RangeError struct {
	Spec   string
	Reason string
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("invalid field range %q: %s", e.Spec, e.Reason)
}

var ErrEmptyList = errors.New("empty field list")

type span struct{ lo, hi int } // hi == 0 means "to the end"

type FieldList []span

func (fl FieldList) Contains(i int) bool {
	for _, s := range fl {
		if i >= s.lo && (s.hi == 0 || i <= s.hi) {
			return true
		}
	}
	return false
}

func ParseList(spec string) (FieldList, error) {
	if strings.TrimSpace(spec) == "" {
		return nil, ErrEmptyList
	}
	var fl FieldList
	for part := range strings.SplitSeq(spec, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		var s span
		var err error
		if lo == "" {
			s.lo = 1
		} else if s.lo, err = strconv.Atoi(lo); err != nil || s.lo < 1 {
			return nil, &RangeError{part, "bad start"}
		}
		switch {
		case !isRange:
			s.hi = s.lo
		case hi == "":
			s.hi = 0
		default:
			if s.hi, err = strconv.Atoi(hi); err != nil {
				return nil, &RangeError{part, "bad end"}
			}
			if s.hi < s.lo {
				return nil, &RangeError{part, "decreasing range"}
			}
		}
		fl = append(fl, s)
	}
	return fl, nil
}

func cut(text, delim string, fl FieldList) []string {
	var out []string
	for line := range strings.Lines(text) {
		fields := strings.Split(strings.TrimSuffix(line, "\n"), delim)
		var keep []string
		for i, f := range fields {
			if fl.Contains(i + 1) {
				keep = append(keep, f)
			}
		}
		out = append(out, strings.Join(keep, delim))
	}
	return out
}

const passwd = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
alice:x:1000:1000:Alice Liddell:/home/alice:/bin/zsh
bob:x:1001:1001:Bob Builder:/home/bob:/bin/sh
`

func main() {
	specs := []string{"1", "1,7", "3-4", "5-", "-2,6", "", "4-2", "x"}
	for _, spec := range specs {
		fl, err := ParseList(spec)
		var re *RangeError
		switch {
		case errors.Is(err, ErrEmptyList):
			fmt.Printf("cut -f %q: %v\n", spec, err)
			continue
		case errors.As(err, &re):
			fmt.Printf("cut -f %q: error (reason=%s): %v\n", spec, re.Reason, err)
			continue
		}
		fmt.Printf("cut -d: -f %q  => %v\n", spec, fl)
		for _, l := range cut(passwd, ":", fl) {
			fmt.Printf("    %s\n", l)
		}
	}
}
