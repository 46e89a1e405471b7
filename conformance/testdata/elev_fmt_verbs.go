package main

import (
	"fmt"
)

type Sensor struct {
	Name    string
	Code    uint16
	Reading float64
	Active  bool
}

type CarStatus struct {
	Car     string
	Floor   int
	Speed   float64
	Sensors []Sensor
	Tags    map[string]string
}

type Mode byte

func (m Mode) String() string {
	return [...]string{"normal", "express", "service"}[m]
}

func main() {
	s := Sensor{Name: "load-cell", Code: 0x1F4, Reading: 742.456, Active: true}
	fmt.Printf("%%v   : %v\n", s)
	fmt.Printf("%%+v  : %+v\n", s)
	fmt.Printf("%%#v  : %#v\n", s)
	fmt.Printf("%%T   : %T\n", s)
	fmt.Printf("%%q   : %q\n", s.Name)
	fmt.Printf("%%x   : %x  %%X: %X  %%#x: %#x\n", s.Code, s.Code, s.Code)
	fmt.Printf("%%o   : %o  %%b: %b\n", s.Code, s.Code)
	fmt.Printf("%%8.2f: [%8.2f]\n", s.Reading)
	fmt.Printf("%%-8.1f:[%-8.1f]\n", s.Reading)
	fmt.Printf("%%e   : %e\n", s.Reading)
	fmt.Printf("%%g   : %g\n", s.Reading)
	fmt.Printf("%%t   : %t\n", s.Active)
	fmt.Printf("%%05d : %05d\n", 42)
	fmt.Printf("%%+d  : %+d %+d\n", 3, -2)
	fmt.Printf("%%c   : %c  %%U: %U\n", 'B', 'B')
	fmt.Printf("%%x str: %x  % x\n", "UP", "UP")
	fmt.Printf("%%6s  : [%6s] [%-6s]\n", "lobby", "roof")
	fmt.Printf("%%*d  : [%*d]\n", 6, 17)

	st := CarStatus{
		Car:   "B",
		Floor: 12,
		Speed: 2.5,
		Sensors: []Sensor{
			{Name: "door", Code: 10, Active: true},
			{Name: "temp", Code: 11, Reading: 21.5},
		},
		Tags: map[string]string{"zone": "north", "bank": "high-rise"},
	}
	fmt.Printf("%v\n", st)
	fmt.Printf("%+v\n", st.Sensors[1])
	fmt.Printf("%v %d %s %q\n", Mode(1), Mode(1), Mode(2), Mode(0))
	fmt.Printf("%T %T %T\n", st.Tags, st.Sensors, Mode(0))
	fmt.Printf("%v\n", []*int{nil})
	fmt.Printf("%d%%\n", 85)
	fmt.Printf("%v|%6.3v|%.2s\n", 1.0/3.0, 2.0/3.0, "elevator")
	fmt.Println(fmt.Sprint("floor", 3, 4, "car"), len(fmt.Sprintln("end")))
}
