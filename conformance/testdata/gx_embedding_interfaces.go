package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }

// ReadWriter embeds two interfaces.
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

// CountingWriter embeds a Writer interface and overrides Write.
type CountingWriter struct {
	Writer
	Bytes, Calls int
}

func (c *CountingWriter) Write(s string) int {
	n := c.Writer.Write(s)
	c.Bytes += n
	c.Calls++
	return n
}

type Logger struct {
	Prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.Prefix+fmt.Sprintf(format, args...))
}

// Base provides an ID and a String method to types that embed it.
type Base struct{ ID int }

func (b Base) String() string   { return fmt.Sprintf("#%d", b.ID) }
func (b Base) Describe() string { return "base " + b.String() }

// Service embeds a struct pointer and a value type.
type Service struct {
	*Logger
	Base
	Name string
}

func (s Service) Describe() string { return "service " + s.Name + " " + s.Base.Describe() }

// Tagged is a generic type embedding a non-generic struct.
type Tagged[T any] struct {
	Base
	Value T
	Tags  []string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// reversed embeds sort.Interface and flips Less.
type reversed struct{ sort.Interface }

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	buf := &Buffer{}
	cw := &CountingWriter{Writer: buf}
	var w Writer = cw
	for _, s := range []string{"hello", "embedded", "world"} {
		w.Write(s)
	}
	fmt.Printf("calls=%d bytes=%d\n", cw.Calls, cw.Bytes)
	var rw ReadWriter = buf
	fmt.Println(rw.Read(), rw.Read(), "remaining:", buf.data)

	svc := Service{Logger: &Logger{Prefix: "[api] "}, Base: Base{ID: 7}, Name: "api"}
	svc.Logf("started with id %d", svc.ID)
	svc.Logf("name=%s", svc.Name)
	fmt.Println(strings.Join(svc.lines, "\n"))
	fmt.Println(svc)
	fmt.Println(svc.Describe())
	fmt.Println(svc.Base.Describe())

	t := Tagged[[]int]{Base: Base{ID: 42}, Value: []int{1, 2}, Tags: []string{"x"}}
	fmt.Println(t, t.ID)
	fmt.Printf("%+v %T\n", t.Value, t)
	items := []Tagged[string]{{Base{1}, "one", nil}, {Base{2}, "two", []string{"even"}}}
	fmt.Println(items)
	fmt.Printf("%+v\n", items[1].Tags)

	words := []string{"kiwi", "fig", "banana", "plum", "apple"}
	sort.Stable(byLen(words))
	fmt.Println("by length:", words)
	sort.Stable(reversed{byLen(words)})
	fmt.Println("reversed: ", words)

	var st fmt.Stringer = t
	_, isRW := st.(ReadWriter)
	fmt.Println("stringer:", st, "is ReadWriter:", isRW)
}
