package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }
func (p *Point) Scale(f int)      { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Path []Point

// TranslateBy picks a method expression at run time and applies it to each point.
func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

func apply(words []string, f func(string)) {
	for _, w := range words {
		f(w)
	}
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	add := p.Add // the receiver p is copied now
	p = Point{100, 100}
	fmt.Println("bound add:", add(q))
	fmt.Println("fresh add:", p.Add(q))

	sub := Point.Sub
	fmt.Printf("method expr type: %T\n", sub)
	fmt.Println("expr sub:", sub(q, Point{1, 1}))

	scale := (*Point).Scale
	fmt.Printf("pointer expr type: %T\n", scale)
	scale(&q, 3)
	fmt.Println("scaled q:", q)

	sc := q.Scale // binds &q
	sc(2)
	fmt.Println("scaled again:", q)
	fmt.Printf("method value type: %T\n", sc)

	path := Path{{0, 0}, {1, 1}, {2, 4}}
	path.TranslateBy(Point{10, 20}, true)
	fmt.Println("translated +:", path)
	path.TranslateBy(Point{1, 1}, false)
	fmt.Println("translated -:", path)

	lg := &Logger{prefix: "> "}
	apply([]string{"alpha", "beta", "gamma"}, lg.Log)
	fmt.Println(strings.Join(lg.lines, " | "))

	str := Point.String
	fmt.Println("String via expr:", str(Point{7, 8}))
	ptrStr := (*Point).String
	fmt.Println("String via ptr expr:", ptrStr(&Point{9, 9}))

	pts := []Point{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(pts, func(i, j int) bool { return pts[i].X < pts[j].X })
	fmt.Println("sorted:", pts)

	ops := map[string]func(Point, Point) Point{"add": Point.Add, "sub": Point.Sub}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v\n", k, ops[k](Point{5, 5}, Point{2, 3}))
	}

	var stringers []func() string
	for _, pt := range []Point{{1, 1}, {2, 2}, {3, 3}} {
		stringers = append(stringers, pt.String)
	}
	for i, f := range stringers {
		fmt.Println("stringer", i, f())
	}
}
