package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Entry struct {
	Plate   string
	Lane    int
	Minutes int
	Rate    float64
	EV      bool
}

// parseLine reads "plate;lane;minutes;rate;ev".
func parseLine(line string) (Entry, error) {
	fields := strings.Split(line, ";")
	if len(fields) != 5 {
		return Entry{}, fmt.Errorf("want 5 fields, got %d", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	var e Entry
	e.Plate = strings.ToUpper(strings.ReplaceAll(fields[0], " ", "-"))
	var err error
	if e.Lane, err = strconv.Atoi(fields[1]); err != nil {
		return Entry{}, fmt.Errorf("lane: %w", err)
	}
	if e.Minutes, err = strconv.Atoi(fields[2]); err != nil {
		return Entry{}, fmt.Errorf("minutes: %w", err)
	}
	if e.Rate, err = strconv.ParseFloat(fields[3], 64); err != nil {
		return Entry{}, fmt.Errorf("rate: %w", err)
	}
	if e.EV, err = strconv.ParseBool(fields[4]); err != nil {
		return Entry{}, fmt.Errorf("ev: %w", err)
	}
	return e, nil
}

func main() {
	log := `ab 123;1;45;2.50;false
cd 456; 2 ;130;2.5;true
broken line
ef 789;x;10;2.5;false
gh 000;3;20;cheap;false
ij 321;1;600;1.75;T
kl 999;2;99999999999999999999;1;0`

	var ok []Entry
	for n, line := range strings.Split(log, "\n") {
		e, err := parseLine(line)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("line %d: bad %s input %q (%v)\n", n+1, ne.Func, ne.Num, ne.Err)
			} else {
				fmt.Printf("line %d: %v\n", n+1, err)
			}
			continue
		}
		ok = append(ok, e)
	}

	for _, e := range ok {
		fee := e.Rate * float64(e.Minutes) / 60
		fmt.Printf("%-7s lane=%d %4dmin fee=%s ev=%s\n", e.Plate, e.Lane, e.Minutes,
			strconv.FormatFloat(fee, 'f', 2, 64), strconv.FormatBool(e.EV))
	}

	fmt.Println(strconv.Quote("gate \"A\"\t1"))
	fmt.Println(strconv.Itoa(2024) + "-" + strconv.FormatInt(255, 16) + "-" + strconv.FormatInt(5, 2))
	if u, err := strconv.ParseUint("ff", 16, 8); err == nil {
		fmt.Println("hex ff =", u)
	}
	if _, err := strconv.ParseInt("300", 10, 8); err != nil {
		fmt.Println("int8 overflow:", err)
	}
	b := strconv.AppendInt([]byte("ticket:"), 77, 10)
	fmt.Println(string(b))
}
