package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type measurement struct {
	station string
	day     int
	temp    float64
	wind    int
	dir     string
}

const raw = `station=OSLO day=1 temp=-3.5 wind=12/NE
station=LIMA day=1 temp=19.25 wind=5/SW
station=OSLO day=2 temp=-1.0 wind=20/N
station=CAIRO day=1 temp=27.8 wind=8/E
garbage line here
station=LIMA day=2 temp=18.0 wind=x/S`

func main() {
	var ms []measurement
	for i, line := range strings.Split(raw, "\n") {
		var m measurement
		var windDir string
		n, err := fmt.Sscanf(line, "station=%s day=%d temp=%f wind=%s", &m.station, &m.day, &m.temp, &windDir)
		if err != nil {
			fmt.Printf("line %d: parsed %d fields, error: %v\n", i+1, n, err)
			continue
		}
		if _, err := fmt.Sscanf(windDir, "%d/%s", &m.wind, &m.dir); err != nil {
			fmt.Printf("line %d: bad wind %q: %v\n", i+1, windDir, err)
			continue
		}
		ms = append(ms, m)
	}

	var a, b int
	var op string
	n, _ := fmt.Sscan("  17\n  +   25 ", &a, &op, &b)
	fmt.Println("Sscan across newlines:", n, a, op, b)
	n, err := fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println("Sscanln:", n, a, b, err)
	var hexVal, octVal int
	var word string
	var ch rune
	fmt.Sscanf("ff 0o17 hello X", "%x %v %5s %c", &hexVal, &octVal, &word, &ch)
	fmt.Printf("verbs: hex=%d oct=%d word=%s char=%c\n", hexVal, octVal, word, ch)
	var h, mi, s int
	if _, err := fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &mi, &s); err == nil {
		fmt.Println("seconds since midnight:", h*3600+mi*60+s)
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STATION\tDAY\tTEMP\tWIND\tDIR")
	fmt.Fprintln(tw, "-------\t---\t----\t----\t---")
	for _, m := range ms {
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%d\t%s\n", m.station, m.day, m.temp, m.wind, m.dir)
	}
	tw.Flush()

	right := tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(right, "item\tqty\tprice\t")
	fmt.Fprintln(right, "apples\t12\t3.40\t")
	fmt.Fprintln(right, "watermelon\t1\t12.99\t")
	fmt.Fprintln(right, "fig\t200\t0.15\t")
	right.Flush()

	dots := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', 0)
	for _, row := range [][2]string{{"Introduction", "1"}, {"Getting started", "7"}, {"Advanced topics", "42"}} {
		fmt.Fprintf(dots, "%s\t%s\n", row[0], row[1])
	}
	dots.Flush()

	cells := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprint(cells, "a\tbb\tccc\n")
	fmt.Fprint(cells, "dddd\te\tf\n")
	fmt.Fprint(cells, "\n")
	fmt.Fprint(cells, "short\tcolumns\treset after blank line\n")
	cells.Flush()
}
