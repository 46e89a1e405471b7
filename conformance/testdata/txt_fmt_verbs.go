package main

import (
	"fmt"
	"strings"
)

type point struct {
	X, Y int
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	s := "Go→世界\t\"ok\""
	fmt.Println("== strings ==")
	fmt.Printf("%%s  : %s\n", s)
	fmt.Printf("%%q  : %q\n", s)
	fmt.Printf("%%+q : %+q\n", s)
	fmt.Printf("%%#q : %#q\n", "back`tick")
	fmt.Printf("%%#q : %#q\n", "raw ok")
	fmt.Printf("%%x  : %x\n", "héllo")
	fmt.Printf("%%X  : %X\n", "héllo")
	fmt.Printf("%% x : % x\n", "héllo")
	fmt.Printf("%%#x : %#x\n", "hi")
	fmt.Printf("%%# x: %# x\n", "hi")

	fmt.Println("== runes ==")
	for _, r := range "A é ∞ 🙂" {
		if r == ' ' {
			continue
		}
		fmt.Printf("%c  %U  %#U  %q  %+q  %d  %x\n", r, r, r, r, r, r, r)
	}

	fmt.Println("== bytes ==")
	b := []byte("abc\x00\xff")
	fmt.Printf("%v | %s | %q | %x | % X\n", b, b[:3], b, b, b)

	fmt.Println("== width and precision ==")
	fmt.Printf("[%8s][%-8s][%.2s][%8.3s]\n", "gopher", "gopher", "gopher", "gopher")
	fmt.Printf("[%6d][%-6d][%06d][%+d][% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%8.3f][%-8.2f][%e][%g][%G]\n", 3.14159, 2.5, 123456.789, 1e21, 1e-7)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 5, 7, 5, 7, 2, 1.23456)
	fmt.Printf("[%5q][%-7q]\n", 'x', "ab")
	fmt.Printf("[%5t][%v]\n", true, false)

	fmt.Println("== argument indexes ==")
	fmt.Printf("%[2]s %[1]s %[2]s\n", "world", "hello")
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]c\n", 71)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)

	fmt.Println("== composite values ==")
	p := point{3, -4}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Printf("%v | %#v\n", m, m)
	sl := []string{"x", "y z"}
	fmt.Printf("%v | %q | %#v | %T\n", sl, sl, sl, sl)
	var ip *int
	fmt.Printf("%v | %#v\n", ip, ip)
	var iface any
	fmt.Printf("%v | %T\n", iface, iface)
	fmt.Printf("%v | %s | %.2f\n", celsius(21.456), celsius(-3), celsius(1.005))

	fmt.Println("== errors in format strings ==")
	bad := []struct {
		format string
		args   []any
	}{
		{"%d", []any{"str"}},
		{"%z", []any{3}},
		{"%d %d", []any{1}},
		{"%d extra", []any{1, 2}},
		{"%!", nil},
		{"%.2f", []any{nil}},
	}
	for _, c := range bad {
		fmt.Printf("  %-10q -> %s\n", c.format, fmt.Sprintf(c.format, c.args...))
	}
	fmt.Println(strings.Repeat("=", 20))
}
