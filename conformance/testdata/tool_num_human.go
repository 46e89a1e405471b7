// Command tool_num_human mimics "numfmt": it converts byte counts to human
// readable SI or IEC strings and parses such strings back into numbers.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Size is a number of bytes with a friendly String method.
type Size int64

type System struct {
	Name  string
	Base  float64
	Units []string
}

var (
	SI  = System{"si", 1000, []string{"B", "kB", "MB", "GB", "TB", "PB"}}
	IEC = System{"iec", 1024, []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB"}}
)

func (sys System) Format(n Size) string {
	v := float64(n)
	i := 0
	for ; v >= sys.Base && i < len(sys.Units)-1; i++ {
		v /= sys.Base
	}
	if i == 0 {
		return fmt.Sprintf("%d %s", n, sys.Units[0])
	}
	return fmt.Sprintf("%.1f %s", v, sys.Units[i])
}

func (s Size) String() string { return IEC.Format(s) }

var ErrUnit = errors.New("unknown unit")

// ParseSize accepts "1.5 GiB", "20kB", "512", "3M" (SI when no 'i').
func ParseSize(s string) (Size, error) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	num, unit := s, ""
	if i >= 0 {
		num, unit = s[:i], strings.TrimSpace(s[i:])
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	sys := SI
	if strings.Contains(unit, "i") {
		sys = IEC
	}
	prefix := strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(unit, "B"), "i"))
	exp := strings.Index("KMGTP", prefix) + 1
	if prefix == "" {
		exp = 0
	} else if exp == 0 || len(prefix) > 1 {
		return 0, fmt.Errorf("parse %q: %w %q", s, ErrUnit, unit)
	}
	for range exp {
		v *= sys.Base
	}
	return Size(v + 0.5), nil
}

func main() {
	sizes := []Size{0, 999, 1000, 1024, 1536, 1_000_000, 1 << 20, 5_368_709_120, 1 << 50, 9_000_000_000_000_000}
	fmt.Printf("%22s  %-10s  %s\n", "bytes", "SI", "IEC")
	for _, n := range sizes {
		fmt.Printf("%22d  %-10s  %v\n", int64(n), SI.Format(n), n)
	}
	fmt.Println()
	for _, s := range []string{"512", "1.5 GiB", "20kB", "3M", "0.5KiB", "2.25 TB", "7 XB", "abc", "1.2.3K"} {
		n, err := ParseSize(s)
		switch {
		case errors.Is(err, ErrUnit):
			fmt.Printf("%-9q unit error: %v\n", s, err)
		case err != nil:
			fmt.Printf("%-9q error: %v\n", s, err)
		default:
			fmt.Printf("%-9q = %d bytes = %v\n", s, int64(n), n)
		}
	}
	fmt.Printf("%T %#v\n", IEC, IEC.Units[1:3])
}
