package program

import (
	"errors"
	"fmt"
	"go/scanner"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// session is declarations in the form eval's Declarations gives them,
// including a stale one (reset) that no longer compiles.
var session = []string{
	`import "strings"`,
	`import "os"`, // unused by any program below
	"/*line _.go:2:1*/type Point struct{ X, Y int }",
	"/*line _.go:3:1*/func (p Point) String() string { return fmt.Sprintf(\"(%d,%d)\", p.X, p.Y) }",
	"/*line _.go:1:1*/func reset() { counter = 0 }",
	"var counter *shared.Int",
	"/*line _.go:5:1*/func shout(s string) string { return strings.ToUpper(s) + suffix }",
	"/*line _.go:1:1*/const suffix = \"!\"",
	"/*line _.go:2:1*/func twice(x int) int { return x + x }", // the cell redefines it
	"/*line _.go:1:1*/var colors = map[Color]string{Red: \"red\"}",
	"/*line _.go:1:1*/type Color int",
	"/*line _.go:2:1*/const Red Color = 1",
	"/*line _.go:4:7*/func main() { panic(1) }",
}

func TestMainMatchesReference(t *testing.T) {
	cell := `p := Point{1, 2}
fmt.Println(p, shout("hi"))
func twice(x int) int { return 2 * x + 1 }
fmt.Println(twice(3), colors[Red])
strings := []string{"local", "shadow"} // a local named like a package
fmt.Println(len(strings))
import r "math/rand"
fmt.Println(r.New(r.NewSource(1)).Intn(1000), sort.IntsAreSorted([]int{1, 2}))
`
	src, err := Main(session, cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	main := string(src.Files[MainFile])
	for _, dead := range []string{"reset", "counter", "x + x", "panic(1)", `"os"`, "shared"} {
		if strings.Contains(main, dead) {
			t.Errorf("main.go keeps %q, which the cell does not need:\n%s", dead, main)
		}
	}
	if want := []string{"fmt", "math/rand", "sort", "strings"}; !slices.Equal(src.Imports, want) {
		t.Errorf("Imports = %q, want %q", src.Imports, want)
	}
	exe := mustBuild(t, src)
	out, stderr, err := run(t, exe)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	ref := goRun(t, `package main

import (
	"fmt"
	r "math/rand"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func shout(s string) string { return strings.ToUpper(s) + suffix }

const suffix = "!"

func twice(x int) int { return 2*x + 1 }

type Color int

const Red Color = 1

var colors = map[Color]string{Red: "red"}

func main() {
	p := Point{1, 2}
	fmt.Println(p, shout("hi"))
	fmt.Println(twice(3), colors[Red])
	strings := []string{"local", "shadow"}
	fmt.Println(len(strings))
	fmt.Println(r.New(r.NewSource(1)).Intn(1000), sort.IntsAreSorted([]int{1, 2}))
}
`)
	if out != ref {
		t.Errorf("output %q, go run of the same program %q", out, ref)
	}
}

// A compile error in the cell names the cell's line and column; one in a
// session declaration names its place in its own cell.
func TestMainCompileErrorPositions(t *testing.T) {
	decls := []string{"/*line _.go:7:3*/func broken() int {\n\treturn \"text\"\n}"}
	cell := "x := 1\n\nfmt.Println(x,\n    nope)\nbroken()\n"
	src, err := Main(decls, cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, errs := buildProgram(t, src)
	if errs == "" {
		t.Fatalf("go build accepted a broken program:\n%s", src.Files[MainFile])
	}
	want := fmt.Sprintf("cell:%d:%d: undefined: nope", lineOf(t, cell, "nope"), colOf(t, cell, "nope"))
	if !strings.Contains(errs, want) {
		t.Errorf("go build errors lack %q:\n%s", want, errs)
	}
	// "text" is on the declaration's second line, column 9.
	want = fmt.Sprintf("session:%d:%d: cannot use \"text\"", 7+1, 1+colOf(t, decls[0], `"text"`)-1)
	if !strings.Contains(errs, want) {
		t.Errorf("go build errors lack %q:\n%s", want, errs)
	}
}

// A panic's stack trace names the cell's lines and the session
// declaration's own cell lines.
func TestMainPanicTrace(t *testing.T) {
	decls := []string{"/*line _.go:10:1*/func explode(n int) int {\n\tvar m map[int]int\n\tm[n] = n\n\treturn n\n}"}
	cell := "fmt.Println(\"start\")\n\nfunc via(n int) int {\n\treturn explode(n)\n}\n\nvia(3)\n"
	src, err := Main(decls, cell, Options{BodyFile: "cell7.go", DeclFile: "decls.go"})
	if err != nil {
		t.Fatal(err)
	}
	exe := mustBuild(t, src)
	out, stderr, err := run(t, exe)
	if err == nil {
		t.Fatalf("the program did not panic: %q", out)
	}
	for _, want := range []string{
		fmt.Sprintf("\tcell7.go:%d[ \n]", lineOf(t, cell, "via(3)")),
		fmt.Sprintf("\tcell7.go:%d[ \n]", lineOf(t, cell, "return explode")),
		fmt.Sprintf("\tdecls.go:%d[ \n]", 10+lineOf(t, decls[0], "m[n] = n")-1),
	} {
		if !regexp.MustCompile(want).MatchString(stderr) {
			t.Errorf("stack trace lacks %q:\n%s", want, stderr)
		}
	}
}

// Broken cells come back as scanner errors at their place in the cell,
// and never build anything.
func TestMainSyntaxErrors(t *testing.T) {
	for _, cell := range []string{
		"x := 1\nfmt.Println(x\n",
		"a := 1\n}\nb := 2",
		"func f() {\n\treturn 1 +\n}\n",
		"x := \"unterminated\n",
		"for {\n",
		"}func init(){x()",
		"type T struct {\n\tA int\n",
		"package main\nfunc main() {}",
		"func main() {}\nfmt.Println(1)",
	} {
		_, err := Main(nil, cell, Options{BodyFile: "c"})
		var list scanner.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Errorf("Main(%q): error %v (%T), want a scanner.ErrorList", cell, err, err)
			continue
		}
		lines := strings.Count(cell, "\n") + 1
		for _, e := range list {
			if e.Pos.Filename != "c" || e.Pos.Line < 1 || e.Pos.Line > lines || strings.Contains(e.Msg, "EOF") {
				t.Errorf("Main(%q): error %v is not at a place in the cell", cell, e)
			}
		}
	}
	_, err := Main(nil, "x := 1\nfmt.Println(x\n", Options{})
	if !strings.HasPrefix(err.Error(), "cell:2:14: ") {
		t.Errorf("error %q, want it at cell:2:14", err)
	}
}

func TestNeeded(t *testing.T) {
	got := Needed(session, []string{"shout", "colors"})
	want := []string{session[0], session[6], session[7], session[9], session[10], session[11]}
	if !slices.Equal(got, want) {
		t.Errorf("Needed = %q\nwant %q", got, want)
	}
	// Methods of needed types come along, with what they use.
	got = Needed(session, []string{"Point"})
	if want := []string{session[2], session[3]}; !slices.Equal(got, want) {
		t.Errorf("Needed(Point) = %q, want %q", got, want)
	}
	// A later declaration replaces an earlier one of the same name.
	decls := []string{"func f() int { return g() }", "func g() int { return 1 }", "func f() int { return 2 }"}
	if got := Needed(decls, []string{"f"}); !slices.Equal(got, decls[2:]) {
		t.Errorf("Needed with a redefinition = %q", got)
	}
	if got := Needed([]string{"func broken( {", "func ok() {}"}, []string{"broken", "ok"}); !slices.Equal(got, []string{"func ok() {}"}) {
		t.Errorf("Needed with a broken declaration = %q", got)
	}
}

func TestIsProgram(t *testing.T) {
	for cell, want := range map[string]bool{
		"package main\nfunc main() {}":         true,
		"// doc\n/* x */ package main":         true,
		"fmt.Println(1)":                       false,
		"":                                     false,
		"packages := 1":                        false,
		"\"unterminated\npackage main":         false,
		"func main() {}\n// package main here": false,
	} {
		if got := IsProgram(cell); got != want {
			t.Errorf("IsProgram(%q) = %v", cell, got)
		}
	}
}

func TestDefaultResolve(t *testing.T) {
	needGo(t)
	for name, want := range map[string]string{
		"strings":   "strings",
		"json":      "encoding/json",
		"rand":      "math/rand",
		"template":  "text/template",
		"threads":   "gokernel/runtime/threads",
		"processes": "gokernel/runtime/processes",
	} {
		if got, ok := DefaultResolve(name); !ok || got != want {
			t.Errorf("DefaultResolve(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"main", "internal", "nosuchpackage", "js", "x"} {
		if got, ok := DefaultResolve(name); ok {
			t.Errorf("DefaultResolve(%q) = %q", name, got)
		}
	}
}

var lineRE = regexp.MustCompile(`cell:(\d+):(\d+)`)

func TestProgram(t *testing.T) {
	cell := `package main

import "fmt"

// Count is a counter.
type Count int

func (c *Count) Inc() { *c++ }

var total Count

func init() { total = 10 }

func main() {
	var l threads.Lock
	l.Acquire()
	total.Inc()
	l.Release()
	fmt.Println(total, nope)
}
`
	src, decls, err := Program(cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantDecls := []string{
		`import "fmt"`,
		fmt.Sprintf("/*line _.go:%d:1*/// Count is a counter.\ntype Count int", lineOf(t, cell, "// Count")),
		fmt.Sprintf("/*line _.go:%d:1*/func (c *Count) Inc() { *c++ }", lineOf(t, cell, "func (c")),
		fmt.Sprintf("/*line _.go:%d:1*/var total Count", lineOf(t, cell, "var total")),
	}
	if !slices.Equal(decls, wantDecls) {
		t.Errorf("decls = %q\nwant %q", decls, wantDecls)
	}
	_, errs := buildProgram(t, src)
	want := fmt.Sprintf("cell:%d:%d: undefined: nope", lineOf(t, cell, "nope"), colOf(t, cell, "nope"))
	if !strings.Contains(errs, want) {
		t.Fatalf("go build errors lack %q:\n%s\n%s", want, errs, src.Files[MainFile])
	}
	fixed := strings.Replace(cell, ", nope", "", 1)
	src, _, err = Program(fixed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	exe := mustBuild(t, src)
	out, stderr, err := run(t, exe)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	ref := goRun(t, strings.Replace(fixed, `import "fmt"`, "import \"fmt\"\nimport \"gokernel/runtime/threads\"", 1))
	if out != ref {
		t.Errorf("output %q, go run of the same program %q", out, ref)
	}

	for _, bad := range []string{"package foo\nfunc main() {}", "package main\nfunc f() {}", "package main\nfunc main() {"} {
		if _, _, err := Program(bad, Options{}); err == nil || !lineRE.MatchString(err.Error()) {
			t.Errorf("Program(%q): error %v, want one at a cell position", bad, err)
		}
	}
}

func TestChild(t *testing.T) {
	decls := []string{
		`import "strings"`,
		"/*line _.go:1:1*/func square(x int) int { return x * x }",
		"/*line _.go:2:1*/func upper(s string) string { return strings.ToUpper(s) }",
		"/*line _.go:3:1*/func unrelated() { undefinedThing() }",
		"/*line _.go:4:1*/func generic[T any](x T) T { return x }",
		"var n int",
	}
	for target, want := range map[string]string{"nosuch": "not a function", "n": "var", "generic": "generic"} {
		if _, err := Child(decls, []string{target}, Options{}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Child(%s): error %v, want one saying %q", target, err, want)
		}
	}
	child, err := Child(decls, []string{"square", "upper"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(child.Registered, []string{"square", "upper"}) {
		t.Errorf("Registered = %q", child.Registered)
	}
	childExe := mustBuild(t, child)
	// A parent program (itself assembled by Main) runs the session's
	// functions in the child binary.
	cell := fmt.Sprintf(`processes.SetExecutable(%q)
pool := processes.NewPool(2)
squares, err := pool.Map(square, []int{1, 2, 3, 4})
fmt.Println(squares, err)
words, err := pool.Map(upper, []string{"a", "bc"})
fmt.Println(words, err)
pool.Close()
`, childExe)
	parent, err := Main(decls, cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run(t, mustBuild(t, parent))
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	ref := goRun(t, `package main

import (
	"fmt"
	"strings"
)

func main() {
	var squares, words []any
	for _, x := range []int{1, 2, 3, 4} {
		squares = append(squares, x*x)
	}
	fmt.Println(squares, nil)
	for _, s := range []string{"a", "bc"} {
		words = append(words, strings.ToUpper(s))
	}
	fmt.Println(words, nil)
}
`)
	if out != ref {
		t.Errorf("output %q, go run of the same logic %q", out, ref)
	}
}

// A %%run program that uses a pool is its own child process.
func TestMainPoolRunsItself(t *testing.T) {
	decls := []string{"/*line _.go:1:1*/func cube(x int) int { return x * x * x }"}
	cell := "fmt.Println(\"once\")\npool := processes.NewPool(2)\nres, err := pool.Map(cube, []int{1, 2, 3})\nfmt.Println(res, err)\npool.Close()\n"
	src, err := Main(decls, cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(src.Registered, []string{"cube"}) {
		t.Errorf("Registered = %q", src.Registered)
	}
	out, stderr, err := run(t, mustBuild(t, src))
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	ref := goRun(t, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"once\")\n\tvar res []any\n\tfor _, x := range []int{1, 2, 3} {\n\t\tres = append(res, x*x*x)\n\t}\n\tfmt.Println(res, nil)\n}\n")
	if out != ref {
		t.Errorf("output %q, go run of the same logic %q", out, ref)
	}
}

func TestTests(t *testing.T) {
	decls := []string{
		`import "testing"`,
		"/*line _.go:1:1*/func add(a, b int) int { return a + b }",
		"/*line _.go:3:1*/func TestAdd(t *testing.T) {\n\tif add(2, 2) != 5 {\n\t\tt.Errorf(\"add(2, 2) = %d\", add(2, 2))\n\t}\n}",
		"/*line _.go:1:1*/func BenchmarkAdd(b *testing.B) { for range b.N { add(1, 2) } }",
		"/*line _.go:1:1*/func Example_sum() {\n\tfmt.Println(add(1, 2))\n\t// Output: 3\n}",
		"/*line _.go:1:1*/func Testing() {}", // not a test: lower case after Test
		"/*line _.go:1:1*/func stale() { gone() }",
	}
	if _, _, err := Tests(decls[:2], Options{}); !errors.Is(err, ErrNoTests) {
		t.Errorf("Tests without tests: %v", err)
	}
	src, names, err := Tests(decls, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"TestAdd", "BenchmarkAdd", "Example_sum"}; !slices.Equal(names, want) {
		t.Errorf("names = %q, want %q", names, want)
	}
	needGo(t)
	dir := writeModule(t, src.Files)
	out, stderr, err := goCmd(dir, "test", "-count=1", "-v", "-bench=.", "-benchtime=10x", ".")
	if err == nil {
		t.Fatalf("go test passed a failing test:\n%s%s", out, stderr)
	}
	line := 3 + lineOf(t, decls[2], "t.Errorf") - 1
	for _, want := range []string{
		fmt.Sprintf("session:%d: add(2, 2) = 4", line),
		"--- FAIL: TestAdd",
		"--- PASS: Example_sum",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("go test output lacks %q:\n%s%s", want, out, stderr)
		}
	}
}

// The session's init functions that fill a needed variable, directly or
// through a function, come along (a compiled run would see it empty);
// others, and those that print, do not.
func TestNeededInits(t *testing.T) {
	decls := []string{
		`import "fmt"`,
		"var registry = map[string]int{}",
		"func register(n string, v int) { registry[n] = v }",
		`func init() { register("a", 1) }`,
		`func init() { registry["b"] = 2 }`,
		`func init() { fmt.Println("hello"); registry["c"] = 3 }`,
		"var other int",
		"func init() { other = 4 }",
	}
	got := Needed(decls, []string{"registry"})
	if want := []string{decls[1], decls[2], decls[3], decls[4]}; !slices.Equal(got, want) {
		t.Errorf("Needed(registry) = %q\nwant %q", got, want)
	}
	if got := Needed(decls, []string{"register"}); !slices.Equal(got, []string{decls[1], decls[2], decls[3], decls[4]}) {
		t.Errorf("Needed(register) = %q", got)
	}
}
