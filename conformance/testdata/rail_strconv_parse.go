package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A compact working-timetable line: headcode;origin;HHMM;cars;maxspeed;electric
const wtt = `1P05;Manchester;0715;8;125.0;true
2J41;Stockport;0732;3;75;false
1P07;Manchester;07x5;8;125;true
5Z12;Longsight;0810;;60;false
1P09;Manchester;0815;11;125.0;maybe
2J43;Stockport;0832;3;75;false`

type Entry struct {
	Headcode string
	Origin   string
	Minutes  int
	Cars     int
	MaxMph   float64
	Electric bool
}

func parseTime(s string) (int, error) {
	if len(s) != 4 {
		return 0, fmt.Errorf("time %q: want HHMM", s)
	}
	h, err := strconv.Atoi(s[:2])
	if err != nil {
		return 0, fmt.Errorf("hours: %w", err)
	}
	m, err := strconv.Atoi(s[2:])
	if err != nil {
		return 0, fmt.Errorf("minutes: %w", err)
	}
	return h*60 + m, nil
}

func parseLine(line string) (Entry, error) {
	f := strings.Split(line, ";")
	if len(f) != 6 {
		return Entry{}, fmt.Errorf("want 6 fields, got %d", len(f))
	}
	e := Entry{Headcode: f[0], Origin: f[1]}
	var err error
	if e.Minutes, err = parseTime(f[2]); err != nil {
		return e, err
	}
	if e.Cars, err = strconv.Atoi(f[3]); err != nil {
		return e, fmt.Errorf("cars: %w", err)
	}
	if e.MaxMph, err = strconv.ParseFloat(f[4], 64); err != nil {
		return e, fmt.Errorf("speed: %w", err)
	}
	if e.Electric, err = strconv.ParseBool(f[5]); err != nil {
		return e, fmt.Errorf("electric: %w", err)
	}
	return e, nil
}

func main() {
	var good []Entry
	for n, line := range strings.Split(wtt, "\n") {
		e, err := parseLine(line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("line %d: %v (func=%s input=%q)\n", n+1, err, numErr.Func, numErr.Num)
			} else {
				fmt.Printf("line %d: %v\n", n+1, err)
			}
			continue
		}
		good = append(good, e)
	}

	fmt.Println("parsed", len(good), "entries")
	for _, e := range good {
		kmh := e.MaxMph * 1.609344
		fmt.Println(strings.Join([]string{
			e.Headcode,
			strconv.Quote(e.Origin),
			fmt.Sprintf("%02d:%02d", e.Minutes/60, e.Minutes%60),
			strconv.Itoa(e.Cars) + " cars",
			strconv.FormatFloat(kmh, 'f', 1, 64) + " km/h",
			strconv.FormatBool(e.Electric),
		}, " | "))
	}

	code, _ := strconv.ParseInt("7f", 16, 32)
	fmt.Println("hex signal id 7f =", code, "binary", strconv.FormatInt(code, 2))
	fmt.Println(strconv.AppendInt([]byte("platform "), 13, 10), string(strconv.AppendInt([]byte("platform "), 13, 10)))
}
