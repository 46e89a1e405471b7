package sessiontest

import "testing"

// What the type check rewrites so the interpreter runs it as Go, through
// a real kernel and compared with go run: ranges over strings by byte
// offset (yaegi counted runes, and invalid UTF-8 shifted every index
// after it), conversions to interfaces and switches on them, cases of
// several values (yaegi tried only the first unless all were plain), named
// results, operators assigned to fields of compiled structs.
func TestLoweredCellsPrintWhatGoRunPrints(t *testing.T) {
	const decls = `import (
	"container/ring"
	"fmt"
)

type Temp struct{ c int }

func (t Temp) String() string { return fmt.Sprint(t.c, "°C") }

func offsets(s string) (idx []int) {
L:
	for i, r := range s {
		switch r {
		case 'x':
			continue L
		case 'z':
			break L
		}
		idx = append(idx, i)
	}
	return
}

func kind(v any) string {
	switch v {
	case "a", 'b':
		return "letter"
	case 1, 2.5:
		return "number"
	case nil:
		return "nil"
	}
	return "other"
}

func abs(n int) int { return max(n, -n) }

func classify(x int) string {
	switch {
	case x < 0, x > 100:
		return "out"
	}
	switch x {
	case abs(-1), abs(-2):
		return "small"
	}
	switch y := x * 2; y {
	case 100, abs(-60):
		return "half or thirty"
	}
	return "in"
}`
	const body = `for _, s := range []string{"héllo", "a\xffb€", "wxyz", ""} {
	fmt.Println(offsets(s))
}
var fs []func() int
for i := range "añb" {
	fs = append(fs, func() int { return i })
}
fmt.Println(fs[0](), fs[1](), fs[2]())
t := Temp{20}
s := fmt.Stringer(t)
t.c = 30
fmt.Println(s, fmt.Stringer(t), kind("a"), kind('b'), kind(1), kind(2.5), kind(nil), kind(3))
r := ring.New(2)
for i := range 2 {
	r.Value = i*10 + 1
	r = r.Next()
}
fmt.Println(classify(-5), classify(101), classify(1), classify(2), classify(50), classify(30), classify(7))
sum := 0
r.Do(func(v any) { sum += v.(int) })
fmt.Println(sum)`
	want := goRunMain(t, decls, body)
	k := start(t)
	k.ok(decls)
	if r := k.ok(body); r.Stdout != want || r.Stderr != "" {
		t.Errorf("stdout %q\ngo run: %q\nstderr %q (the interpreter must run it)", r.Stdout, want, r.Stderr)
	}
}
