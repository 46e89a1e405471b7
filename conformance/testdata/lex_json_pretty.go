// A JSON pretty-printer that walks values of type any with a type switch.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Printer struct {
	strings.Builder
	Indent string
}

func (p *Printer) newline(depth int) {
	p.WriteByte('\n')
	p.WriteString(strings.Repeat(p.Indent, depth))
}

func (p *Printer) print(v any, depth int) {
	switch x := v.(type) {
	case nil:
		p.WriteString("null")
	case bool:
		p.WriteString(strconv.FormatBool(x))
	case float64:
		p.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		p.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			p.WriteString("[]")
			return
		}
		p.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				p.WriteByte(',')
			}
			p.newline(depth + 1)
			p.print(e, depth+1)
		}
		p.newline(depth)
		p.WriteByte(']')
	case map[string]any:
		if len(x) == 0 {
			p.WriteString("{}")
			return
		}
		p.WriteByte('{')
		for i, k := range slices.Sorted(maps.Keys(x)) {
			if i > 0 {
				p.WriteByte(',')
			}
			p.newline(depth + 1)
			fmt.Fprintf(p, "%q: ", k)
			p.print(x[k], depth+1)
		}
		p.newline(depth)
		p.WriteByte('}')
	default:
		fmt.Fprintf(p, "<unsupported %T>", v)
	}
}

func stats(v any) (objects, arrays, scalars int) {
	switch x := v.(type) {
	case []any:
		arrays++
		for _, e := range x {
			o, a, s := stats(e)
			objects, arrays, scalars = objects+o, arrays+a, scalars+s
		}
	case map[string]any:
		objects++
		for _, e := range x {
			o, a, s := stats(e)
			objects, arrays, scalars = objects+o, arrays+a, scalars+s
		}
	default:
		scalars++
	}
	return
}

const doc = `{"name":"lexer","version":1.2,"tags":["go","parse",""],
 "nested":{"ok":true,"none":null,"empty":{},"list":[]},
 "points":[{"x":1,"y":2},{"y":-3.5e2,"x":0}],"uni":"caf\u00e9 \u2603"}`

func main() {
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println("error:", err)
		return
	}
	p := &Printer{Indent: "  "}
	p.print(v, 0)
	fmt.Println(p.String())
	o, a, s := stats(v)
	fmt.Printf("objects=%d arrays=%d scalars=%d\n", o, a, s)
	top := v.(map[string]any)
	fmt.Printf("%T %T %T %T\n", top["version"], top["tags"], top["nested"], top["uni"])

	var bad any
	err := json.Unmarshal([]byte(`{"a": [1, 2,]}`), &bad)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Printf("syntax error at offset %d: %v\n", se.Offset, se)
	}
}
