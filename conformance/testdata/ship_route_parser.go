package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A route spec looks like: "R12: DEPOT>ALPHA@9.5>BRAVO@14>DEPOT@22.25 #cold"
type Leg struct {
	From, To string
	Km       float64
}

type Route struct {
	Code string
	Legs []Leg
	Tags []string
}

type ParseError struct {
	Line int
	Msg  string
	Err  error
}

func (e *ParseError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("line %d: %s: %v", e.Line, e.Msg, e.Err)
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func (e *ParseError) Unwrap() error { return e.Err }

func parseRoute(n int, s string) (Route, error) {
	var r Route
	code, rest, ok := strings.Cut(s, ":")
	if !ok {
		return r, &ParseError{Line: n, Msg: "missing ':'"}
	}
	r.Code = strings.TrimSpace(code)
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return r, &ParseError{Line: n, Msg: "empty route"}
	}
	for _, f := range fields[1:] {
		if tag, ok := strings.CutPrefix(f, "#"); ok {
			r.Tags = append(r.Tags, tag)
		}
	}
	stops := strings.Split(fields[0], ">")
	prev := stops[0]
	for _, stop := range stops[1:] {
		name, kmText, ok := strings.Cut(stop, "@")
		if !ok {
			return r, &ParseError{Line: n, Msg: "stop " + strconv.Quote(stop) + " has no distance"}
		}
		km, err := strconv.ParseFloat(kmText, 64)
		if err != nil {
			return r, &ParseError{Line: n, Msg: "bad distance", Err: err}
		}
		r.Legs = append(r.Legs, Leg{prev, name, km})
		prev = name
	}
	return r, nil
}

func (r Route) Total() (km float64) {
	for _, l := range r.Legs {
		km += l.Km
	}
	return
}

func (r Route) Loop() bool {
	return len(r.Legs) > 0 && r.Legs[0].From == r.Legs[len(r.Legs)-1].To
}

func main() {
	input := `R12: DEPOT>ALPHA@9.5>BRAVO@14>DEPOT@22.25 #cold
R13: DEPOT>CHARLIE@31>DELTA@7.75 #express #fragile
R14 DEPOT>ECHO@3
R15: DEPOT>FOXTROT@1e1>GOLF@abc
R16: DEPOT>HOTEL>DEPOT@4
R17: DEPOT>INDIA@0x10>DEPOT@16`
	var totalKm float64
	for i, line := range strings.Split(input, "\n") {
		r, err := parseRoute(i+1, line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("skip: %v (input %q)\n", err, numErr.Num)
			} else {
				fmt.Println("skip:", err)
			}
			continue
		}
		totalKm += r.Total()
		fmt.Printf("%s legs=%d km=%.2f loop=%t tags=%q\n", r.Code, len(r.Legs), r.Total(), r.Loop(), r.Tags)
		for _, l := range r.Legs {
			fmt.Printf("    %-8s -> %-8s %6.2f\n", l.From, l.To, l.Km)
		}
	}
	fmt.Println("total km:", strconv.FormatFloat(totalKm, 'f', 2, 64))
}
