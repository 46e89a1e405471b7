package main

import (
	"fmt"
	"os"
)

type Severity uint8

const (
	Info Severity = iota + 1
	Warn
	Crit
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Crit:
		return "CRIT"
	}
	return "?"
}

type Event struct {
	Code     uint16
	Station  string
	Severity Severity
	Values   []float64
	Tags     map[string]bool
}

// GoString gives a compact %#v form for logs.
type StationID string

func (s StationID) GoString() string { return "StationID(" + string(s) + ")" }

func main() {
	e := Event{
		Code:     0x2A1,
		Station:  "NOAA-41",
		Severity: Warn,
		Values:   []float64{3.25, 7.5},
		Tags:     map[string]bool{"buoy": true, "atlantic": true},
	}
	fmt.Printf("%%v   %v\n", e)
	fmt.Printf("%%+v  %+v\n", e)
	fmt.Printf("%%#v  %#v\n", e)
	fmt.Printf("%%T   %T\n", e)

	fmt.Printf("code dec=%d hex=%x HEX=%X oct=%o bin=%b padded=%06d\n",
		e.Code, e.Code, e.Code, e.Code, e.Code, e.Code)
	fmt.Printf("severity %v %d %q %s\n", e.Severity, e.Severity, e.Severity, e.Severity)
	fmt.Printf("station %q %x % X %10s|%-10s|\n", e.Station, e.Station, e.Station[:4], e.Station, e.Station)
	fmt.Printf("values %v %.1f %8.2f %e %g\n", e.Values, e.Values, e.Values[0], e.Values[1], e.Values[1])
	fmt.Printf("sign %+d %+.1f width*=%*d|%-*d|\n", 5, -2.0, 6, 42, 6, 42)
	fmt.Printf("bool %t %v, char %c %U\n", e.Tags["buoy"], e.Tags["pacific"], '°', '°')

	id := StationID("KSEA")
	fmt.Printf("%v %s %#v\n", id, id, id)
	fmt.Printf("%v %d\n", []Severity{Info, Crit}, []Severity{Info, Crit})
	var none *Event
	fmt.Printf("nil pointer: %v %+v\n", none, none)

	s := fmt.Sprint("rain", 3, 4.5, "mm", true)
	ln := fmt.Sprintln("rain", 3, 4.5, "mm")
	fmt.Printf("Sprint=%q Sprintln=%q\n", s, ln)

	n, _ := fmt.Fprintf(os.Stdout, "%-8s|%8.3f|\n", "pressure", 1013.25)
	fmt.Println("bytes written:", n)
	err := fmt.Errorf("station %s: %w", e.Station, os.ErrNotExist)
	fmt.Printf("%v | %T\n", err, err)
}
