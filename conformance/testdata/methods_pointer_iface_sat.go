package main

import "fmt"

type Resetter interface{ Reset() }

type Counter struct{ n int }

func (c *Counter) Reset()        { c.n = 0 }
func (c *Counter) Inc()          { c.n++ }
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }

func resetAll(rs ...Resetter) {
	for _, r := range rs {
		r.Reset()
	}
}

func main() {
	a, b := Counter{}, &Counter{}
	a.Inc() // addressable: (&a).Inc()
	a.Inc()
	b.Inc()
	fmt.Println(a, b)
	var s fmt.Stringer = a
	a.Inc()
	fmt.Println("stringer holds copy:", s, "a now:", a)
	resetAll(&a, b)
	fmt.Println(a, *b)
	_, ok := any(a).(Resetter)
	_, okp := any(&a).(Resetter)
	fmt.Println("value is Resetter:", ok, "pointer is Resetter:", okp)
}
