// An INI file parser with sections, comments, quoted values and error positions.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type SyntaxError struct {
	Line int
	Text string
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("ini:%d: %s: %q", e.Line, e.Msg, e.Text)
}

type Section map[string]string

type File struct {
	Sections map[string]Section
	order    []string
}

func (f *File) section(name string) Section {
	if s, ok := f.Sections[name]; ok {
		return s
	}
	s := Section{}
	f.Sections[name] = s
	f.order = append(f.order, name)
	return s
}

func (f *File) Get(section, key string) (string, bool) {
	v, ok := f.Sections[section][key]
	return v, ok
}

func Parse(src string) (*File, error) {
	f := &File{Sections: map[string]Section{}}
	cur := f.section("")
	for i, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		switch {
		case line == "", strings.HasPrefix(line, ";"), strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return nil, &SyntaxError{i + 1, line, "unterminated section header"}
			}
			cur = f.section(strings.TrimSpace(line[1 : len(line)-1]))
		default:
			key, val, ok := strings.Cut(line, "=")
			if !ok {
				return nil, &SyntaxError{i + 1, line, "expected key = value"}
			}
			key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
			if strings.HasPrefix(val, `"`) {
				uq, err := strconv.Unquote(val)
				if err != nil {
					return nil, &SyntaxError{i + 1, line, "bad quoted value"}
				}
				val = uq
			}
			cur[key] = val
		}
	}
	return f, nil
}

const config = `
; global settings
name = demo
[server]
Host = localhost
port = 8080
banner = "hello\tworld"
[database]
# connection
user = admin
pool = 16
[server]
timeout = 30s
`

func main() {
	f, err := Parse(config)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, name := range f.order {
		sec := f.Sections[name]
		fmt.Printf("[%s] (%d keys)\n", name, len(sec))
		for _, k := range slices.Sorted(maps.Keys(sec)) {
			fmt.Printf("  %-8s = %q\n", k, sec[k])
		}
	}
	if port, ok := f.Get("server", "port"); ok {
		n, _ := strconv.Atoi(port)
		fmt.Printf("port+1 = %d (%T)\n", n+1, n)
	}
	_, ok := f.Get("server", "missing")
	fmt.Println("missing key found?", ok)

	for _, bad := range []string{"[broken\nx=1", "a = 1\njust text", `k = "unterminated`} {
		_, err := Parse(bad)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("line %d: %s\n", se.Line, se.Msg)
		}
		fmt.Println("  ", err)
	}
}
