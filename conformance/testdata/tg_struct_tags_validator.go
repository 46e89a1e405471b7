package main

import (
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// A tiny validator driven by struct tags, plus a store type that embeds an
// interface field to decorate only part of its behaviour.

type Address struct {
	City string `validate:"required" label:"city"`
	Zip  string `validate:"len=5"`
}

type User struct {
	Name    string `validate:"required" label:"full name"`
	Age     int    `validate:"min=18,max=130"`
	Email   string `validate:"required,contains=@" json:"email,omitempty"`
	Address        // embedded struct: its fields are validated too
	note    string `validate:"required"` // unexported: skipped
}

func validate(v any) []string {
	var problems []string
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			problems = append(problems, validate(fv.Interface())...)
			continue
		}
		label, ok := f.Tag.Lookup("label")
		if !ok {
			label = strings.ToLower(f.Name)
		}
		for _, rule := range strings.Split(f.Tag.Get("validate"), ",") {
			name, arg, _ := strings.Cut(rule, "=")
			n, _ := strconv.Atoi(arg)
			var bad bool
			switch name {
			case "required":
				bad = fv.IsZero()
			case "min":
				bad = fv.Int() < int64(n)
			case "max":
				bad = fv.Int() > int64(n)
			case "len":
				bad = fv.Len() != n
			case "contains":
				bad = !strings.Contains(fv.String(), arg)
			}
			if bad {
				problems = append(problems, fmt.Sprintf("%s fails %s", label, rule))
			}
		}
	}
	return problems
}

// countingWriter embeds io.Writer; only Write is overridden, and the embedded
// interface supplies the method set. A nil embedded interface would panic.
type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

func main() {
	users := []User{
		{Name: "Ada", Age: 36, Email: "ada@example.org", Address: Address{"London", "12345"}},
		{Name: "", Age: 12, Email: "kid", Address: Address{"", "99"}},
		{Name: "Old", Age: 200, Email: "x@y", note: "ignored"},
	}
	for i, u := range users {
		probs := validate(u)
		fmt.Printf("user %d (%s): %d problem(s)\n", i, u.Name, len(probs))
		for _, p := range probs {
			fmt.Println("   -", p)
		}
	}

	t := reflect.TypeOf(User{})
	for _, name := range []string{"Email", "City", "note"} {
		f, ok := t.FieldByName(name)
		fmt.Printf("field %-5s found=%v index=%v json=%q raw=%q\n", name, ok, f.Index, f.Tag.Get("json"), f.Tag)
	}

	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s, ", "tags")
	io.WriteString(cw, "embedded interfaces")
	fmt.Println("wrote", cw.n, "bytes:", sb.String())

	var w io.Writer = cw
	_, isStringWriter := w.(io.StringWriter)
	fmt.Println("countingWriter is io.StringWriter:", isStringWriter)

	defer func() { fmt.Println("recovered:", recover() != nil) }()
	empty := &countingWriter{}
	fmt.Fprint(empty, "boom")
}
