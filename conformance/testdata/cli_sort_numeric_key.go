package main

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const processes = `nginx   1204  3.5  120
postgres 877  12.25 2048
bash    4410  0.0  8
node    3021  45.1 512
redis   901   1.75 64
sshd    77    0.0  16
java    2999  45.1 4096`

type SortKey struct {
	Field   int // 1-based like sort -k
	Numeric bool
	Reverse bool
}

func (k SortKey) String() string {
	s := "-k" + strconv.Itoa(k.Field)
	if k.Numeric {
		s += "n"
	}
	if k.Reverse {
		s += "r"
	}
	return s
}

func field(line string, k int) string {
	f := strings.Fields(line)
	if k-1 < len(f) {
		return f[k-1]
	}
	return ""
}

func compareBy(key SortKey) func(a, b string) int {
	return func(a, b string) int {
		fa, fb := field(a, key.Field), field(b, key.Field)
		var c int
		if key.Numeric {
			na, _ := strconv.ParseFloat(fa, 64)
			nb, _ := strconv.ParseFloat(fb, 64)
			switch {
			case na < nb:
				c = -1
			case na > nb:
				c = 1
			}
		} else {
			c = strings.Compare(fa, fb)
		}
		if key.Reverse {
			c = -c
		}
		return c
	}
}

func main() {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(processes))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	keys := []SortKey{
		{Field: 1},
		{Field: 2, Numeric: true},
		{Field: 2},
		{Field: 3, Numeric: true, Reverse: true},
		{Field: 4, Numeric: true},
	}
	for _, k := range keys {
		out := slices.Clone(lines)
		slices.SortStableFunc(out, compareBy(k))
		fmt.Printf("$ sort %v\n", k)
		for _, l := range out {
			fmt.Println("  " + l)
		}
	}
}
