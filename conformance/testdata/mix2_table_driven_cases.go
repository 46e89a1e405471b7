package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ParseDuration parses strings like "1h30m", "45s", "2h" into seconds.
func ParseDuration(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty duration")
	}
	total, num := 0, ""
	units := map[byte]int{'h': 3600, 'm': 60, 's': 1}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			num += string(c)
			continue
		}
		mult, ok := units[c]
		if !ok {
			return 0, fmt.Errorf("unknown unit %q", c)
		}
		if num == "" {
			return 0, fmt.Errorf("unit %q without number", c)
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			return 0, fmt.Errorf("number %q: %w", num, err)
		}
		total += n * mult
		num = ""
	}
	if num != "" {
		return 0, fmt.Errorf("trailing number %q", num)
	}
	return total, nil
}

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

type T struct {
	name   string
	failed bool
	logs   []string
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.logs = append(t.logs, fmt.Sprintf(format, args...))
}

func run(name string, fn func(t *T)) (ok bool) {
	t := &T{name: name}
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("panic: %v", r)
		}
		status := "PASS"
		if t.failed {
			status = "FAIL"
		}
		fmt.Printf("--- %s: %s\n", status, t.name)
		for _, l := range t.logs {
			fmt.Printf("    %s\n", l)
		}
		ok = !t.failed
	}()
	fn(t)
	return
}

func main() {
	durCases := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"45s", 45, false},
		{"1h30m", 5400, false},
		{"2h0m5s", 7205, false},
		{"", 0, true},
		{"10x", 0, true},
		{"h", 0, true},
		{"90", 0, true},
		{"1m1s", 62, false}, // deliberately wrong expectation
	}
	passed, total := 0, 0
	for _, tc := range durCases {
		total++
		if run("ParseDuration/"+strconv.Quote(tc.in), func(t *T) {
			got, err := ParseDuration(tc.in)
			if (err != nil) != tc.wantErr {
				t.Errorf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		}) {
			passed++
		}
	}
	revCases := map[string]string{"abc": "cba", "": "", "héllo": "olléh", "ab": "ab"}
	for _, in := range []string{"", "ab", "abc", "héllo"} {
		want := revCases[in]
		total++
		if run("Reverse/"+strconv.Quote(in), func(t *T) {
			if got := Reverse(in); got != want {
				t.Errorf("Reverse(%q) = %q, want %q", in, got, want)
			}
		}) {
			passed++
		}
	}
	total++
	if run("Panics", func(t *T) { _ = strings.Repeat("x", -1) }) {
		passed++
	}
	status := map[bool]string{true: "ok", false: "FAIL"}[passed == total]
	fmt.Printf("%d/%d passed\n%s\n", passed, total, status)
}
