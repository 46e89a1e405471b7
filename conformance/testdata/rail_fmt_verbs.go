package main

import (
	"fmt"
	"time"
)

type Headcode string

type Train struct {
	Code      Headcode
	Class     int
	MaxSpeed  float64
	Cars      []string
	Delayed   bool
	RunTime   time.Duration
	Passenger *int
}

type Platform struct {
	Number int
	Side   rune
}

func (p Platform) String() string { return fmt.Sprintf("P%d%c", p.Number, p.Side) }

func main() {
	count := 312
	t := Train{
		Code:      "1A23",
		Class:     390,
		MaxSpeed:  200.5,
		Cars:      []string{"A", "B", "C"},
		Delayed:   true,
		RunTime:   2*time.Hour + 11*time.Minute + 30*time.Second,
		Passenger: &count,
	}

	fmt.Printf("%%v   %v\n", t.Cars)
	fmt.Printf("%%+v  {Code:%v Class:%v MaxSpeed:%v}\n", t.Code, t.Class, t.MaxSpeed)
	fmt.Printf("%%#v  %#v\n", t.Cars)
	fmt.Printf("%%#v  %#v\n", t.Code)
	fmt.Printf("%%T   %T %T %T\n", t, t.Code, t.RunTime)
	fmt.Printf("%%q   %q\n", t.Code)
	fmt.Printf("%%x   %x  % x\n", string(t.Code), string(t.Code))
	fmt.Printf("%%X   %X\n", t.Class)
	fmt.Printf("%%o   %o  %%b %b\n", t.Class, t.Class)
	fmt.Printf("%%8.2f|%8.2f|\n", t.MaxSpeed)
	fmt.Printf("%%-8.1f|%-8.1f|\n", t.MaxSpeed)
	fmt.Printf("%%e   %e\n", t.MaxSpeed)
	fmt.Printf("%%g   %g\n", t.MaxSpeed)
	fmt.Printf("%%05d %05d\n", *t.Passenger)
	fmt.Printf("%%+d  %+d\n", -count)
	fmt.Printf("%%t   %t\n", t.Delayed)
	fmt.Printf("%%c   %c  %%U %U\n", 'Ø', 'Ø')
	fmt.Printf("%%v dur %v  minutes=%.1f\n", t.RunTime, t.RunTime.Minutes())
	fmt.Printf("%%10s|%10s|  %%-10s|%-10s|\n", "Euston", "Euston")
	fmt.Printf("%%.3s %.3s\n", "Manchester")
	fmt.Printf("%%*d  |%*d|\n", 6, 42)
	fmt.Printf("%%[2]v %%[1]v  %[2]v %[1]v\n", "first", "second")

	p := Platform{4, 'b'}
	fmt.Printf("Stringer: %v %s %d\n", p, p, p.Number)
	fmt.Printf("%%+v  %+v\n", p)
	fmt.Printf("pointer nil? %t\n", t.Passenger == nil)

	s := fmt.Sprintf("%s|%v|%d", t.Code, p, t.Class)
	fmt.Println("Sprintf:", s, len(s))
	fmt.Printf("%%#v  %#v\n", p)
	fmt.Printf("%%v map %v\n", map[string]int{"std": 280, "first": 32})
}
