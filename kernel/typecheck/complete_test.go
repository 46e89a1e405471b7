package typecheck

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestComplete(t *testing.T) {
	c := checker(t)
	session := []string{
		`import "strings"`,
		`/*line _.go:1:1*/type Point struct{ X, Y int; label string }`,
		`/*line _.go:2:1*/func (p *Point) Move(dx int) { p.X += dx }`,
		`/*line _.go:3:1*/func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }`,
		`/*line _.go:4:1*/type Labeled struct{ Point; Name string }`,
		`/*line _.go:5:1*/var pt Point`,
		`/*line _.go:6:1*/var sbs strings.Builder`,
	}
	cases := []struct {
		name, code string
		want       []string // all of these, in this order
		not        []string
	}{
		{"pointer method of an addressable value", "var sb strings.Builder\nsb.Wri", []string{"WriteString"}, nil},
		{"session variable", "sbs.Wri", []string{"WriteByte", "WriteRune", "WriteString"}, nil},
		{"own type: fields and methods", "pt.", []string{"Move", "Norm", "X", "Y", "label"}, nil},
		{"not addressable: value methods only", "Point{}.", []string{"Norm", "X"}, []string{"Move"}},
		{"promoted", "var l Labeled\nl.", []string{"Move", "Name", "Norm", "Point", "X", "Y"}, nil},
		{"call result", "func mk() *Point { return nil }\nmk().", []string{"Move", "X"}, nil},
		{"index", "ps := []Point{}\nps[0].", []string{"Move", "X"}, nil},
		{"unexported of another package hidden", "sbs.", []string{"Len", "String"}, []string{"addr", "buf"}},
		{"inside an unfinished func", "func f() {\n\tvar b strings.Builder\n\tb.Gr", []string{"Grow"}, nil},
		{"later text does not matter", "var q Point\nq.No\nfmt.Println(q)", []string{"Norm"}, nil},
		{"result of a call chain", "var lk threads.Lock\nlk.Acq", []string{"Acquire"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cursor := utf8.RuneCountInString(tc.code)
			if i := strings.Index(tc.code, "\nfmt"); i >= 0 {
				cursor = i
			}
			got, kinds, start, end, ok := c.Complete(session, tc.code, cursor)
			if !ok {
				t.Fatalf("Complete(%q) not answered", tc.code)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("Complete(%q) = %v, lacks %s", tc.code, got, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("Complete(%q) = %v, offers %s", tc.code, got, n)
				}
			}
			if len(kinds) != len(got) || end != cursor || start > end {
				t.Errorf("kinds %v, start %d, end %d (cursor %d)", kinds, start, end, cursor)
			}
		})
	}
	// A package or a type is the session's completion to answer.
	for _, code := range []string{"fmt.Pri", "strings.Builder.", "1."} {
		if got, _, _, _, ok := c.Complete(session, code, utf8.RuneCountInString(code)); ok {
			t.Errorf("Complete(%q) = %v, want not answered", code, got)
		}
	}
}

func TestInspect(t *testing.T) {
	c := checker(t)
	session := []string{`/*line _.go:1:1*/type Point struct{ X, Y int }`, `/*line _.go:2:1*/func (p *Point) Move(dx int) { p.X += dx }`}
	cases := []struct{ code, at, want string }{
		{"var sb strings.Builder\nsb.WriteString(\"x\")", "sb.Wri", "func (*strings.Builder).WriteString(s string) (int, error)"},
		{"var sb strings.Builder\nsb.WriteString(\"x\")", "sb", "sb strings.Builder (variable)"},
		{"p := &Point{}\np.Move(2)", "Mo", "func (*Point).Move(dx int)"},
		{"p := Point{}\nfmt.Println(p.X)", "p.X", "field X int"},
		{"const n = 3\nn * 2", "n", "const n untyped int = 3"},
		{"total := 0\nfor i := range 3 {\n\ttotal += i", "total", "total int (variable)"},
	}
	for _, tc := range cases {
		cursor := utf8.RuneCountInString(tc.code[:strings.LastIndex(tc.code, tc.at)+len(tc.at)-1])
		got, ok := c.Inspect(session, tc.code, cursor)
		if !ok || got != tc.want {
			t.Errorf("Inspect(%q at %q) = %q, %v; want %q", tc.code, tc.at, got, ok, tc.want)
		}
	}
}
