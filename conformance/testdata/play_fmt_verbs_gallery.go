package main

import (
	"fmt"
	"time"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Address struct {
	City string
	Zip  string
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Scores  map[string]int
	Home    Address
	Fav     Color
	private bool
}

type Celsius float64
type Names []string
type Lookup map[string]int

type Secret string

func (Secret) GoString() string { return `Secret("***")` }
func (Secret) Format(f fmt.State, verb rune) {
	fmt.Fprint(f, "[redacted]")
}

func main() {
	p := Person{
		Name: "Ada", Age: 36, Tags: []string{"math", "code"},
		Scores: map[string]int{"z": 1, "a": 2}, Home: Address{"Paris", "75001"}, Fav: Green,
	}
	fmt.Printf("%%v  : %v\n", p)
	fmt.Printf("%%+v : %+v\n", p)
	fmt.Printf("%%#v : %#v\n", p.Home)
	fmt.Printf("%%T  : %T\n", p)
	fmt.Printf("&p %%+v: %+v\n", &p)

	pp := &p.Home
	fmt.Printf("pointer to struct %%v: %v  %%+v: %+v\n", pp, pp)
	fmt.Printf("pointer to slice: %v, to map: %v\n", &[]int{1, 2}, &map[string]int{"k": 1})
	pi := new(int)
	fmt.Printf("pointer to int is nil? %v\n", pi == nil)

	fmt.Printf("named: %v %#v %T\n", Celsius(21.5), Celsius(21.5), Celsius(0))
	fmt.Printf("named slice: %v %#v\n", Names{"a", "b"}, Names{"a", "b"})
	fmt.Printf("named map: %v %#v\n", Lookup{"z": 26, "a": 1, "m": 13}, Lookup{"b": 2, "a": 1})
	fmt.Printf("Stringer: %v %d %s %q %x\n", Red, Green, Green, Green, Green)
	fmt.Printf("Formatter/GoStringer: %v %s %#v\n", Secret("pw"), Secret("pw"), Secret("pw"))

	m := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println("map sorted:", m)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println("bool keys:", mb)
	mf := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Printf("float keys %%v: %v\n", mf)

	var nilMap map[string]int
	var nilSlice []int
	var nilPtr *Person
	var nilIface any
	fmt.Printf("nils %%v: %v %v %v %v\n", nilMap, nilSlice, nilPtr, nilIface)
	fmt.Printf("nils %%#v: %#v %#v %#v %#v\n", nilMap, nilSlice, nilPtr, nilIface)

	fmt.Printf("ints: %d %5d %-5d| %05d %x %X %o %b %c %U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("bools: %v %t\n", true, false)
	fmt.Printf("strings: [%s] [%10s] [%-10s] [%.3s] %q\n", "go", "go", "go", "golang", `a"b`)
	fmt.Printf("bytes: %s %v %x\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("arrays: %v %#v\n", [3]bool{true}, [2]string{"x", "y"})
	fmt.Printf("anon struct: %v %+v %#v\n", struct{ A, B int }{1, 2}, struct{ A int }{3}, struct{ X string }{"s"})
	fmt.Printf("empty: %v %#v %+v\n", struct{}{}, struct{}{}, []struct{}{{}, {}})
	fmt.Printf("duration: %v %v %s\n", 1500*time.Millisecond, 90*time.Second, time.Duration(0))
	fmt.Printf("interfaces: %v %v\n", []any{1, "a", nil, 2.5, Red}, map[string]any{"k": []int{1}})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), "|", fmt.Sprintln("x", 1))
}
