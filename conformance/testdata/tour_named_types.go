// Chapter: methods on non-struct named types.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type IntList []int

func (l IntList) Sum() int {
	total := 0
	for _, v := range l {
		total += v
	}
	return total
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

// IntList satisfies sort.Interface.
func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

type Direction int

const (
	North Direction = iota
	East
	South
	West
)

func (d Direction) Turn() Direction { return (d + 1) % 4 }
func (d Direction) String() string {
	return [...]string{"N", "E", "S", "W"}[d]
}

type Path string

func (p Path) Parts() []string { return strings.Split(string(p), "/") }

func main() {
	boiling := Celsius(100)
	fmt.Println(boiling, boiling.ToF(), boiling.ToF().ToC())
	fmt.Printf("%v %.2f %T\n", Fahrenheit(-40).ToC(), float64(Celsius(37).ToF()), boiling.ToF())

	var l IntList
	for _, v := range []int{5, 3, 9, 1} {
		l.Push(v)
	}
	fmt.Println(l, l.Sum(), len(l))
	sort.Sort(l)
	fmt.Println("sorted:", l, sort.IsSorted(l))
	sort.Sort(sort.Reverse(l))
	fmt.Println("reversed:", l)

	s := Set{}
	s.Add("go")
	s.Add("rust")
	fmt.Println(s, s.Has("go"), s.Has("c"))

	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(add.Apply3(1, 2, 3), mul.Apply3(2, 3, 4))

	d := West
	for range 5 {
		fmt.Print(d, " ")
		d = d.Turn()
	}
	fmt.Println()

	p := Path("usr/local/bin")
	fmt.Println(p.Parts(), len(p.Parts()))

	// A named type does not inherit methods from its underlying type's named type.
	type Temp Celsius
	t := Temp(21.5)
	fmt.Println(t, Celsius(t))
	fmt.Printf("%v %v\n", float64(t), Celsius(t).ToF())
}
