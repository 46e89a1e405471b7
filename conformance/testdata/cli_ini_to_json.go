package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const iniText = `; global settings
name = demo app
debug = true
[server]
host = 127.0.0.1
port = 8080
timeout = 2.5
[database]
user = admin
password = "s3cr;et"   ; inline comment
pool = 10
# another comment style
[server]
port = 9090
[ broken`

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("ini:%d: %s", e.Line, e.Msg) }

// typed converts strings to bool/int/float when they look like one.
func typed(v string) any {
	if b, err := strconv.ParseBool(v); err == nil {
		return b
	}
	if i, err := strconv.ParseInt(v, 10, 64); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		return f
	}
	return v
}

func parseINI(text string) (root map[string]any, errs []error) {
	root = map[string]any{}
	cur := root
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &ParseError{n, fmt.Sprintf("unterminated section %q", line)})
				continue
			}
			name := strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := root[name].(map[string]any); !ok {
				root[name] = map[string]any{}
			}
			cur = root[name].(map[string]any)
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ParseError{n, "expected key = value"})
			continue
		}
		v = strings.TrimSpace(v)
		if q, err := strconv.QuotedPrefix(v); err == nil {
			cur[strings.TrimSpace(k)] = q[1 : len(q)-1]
			continue
		}
		if i := strings.IndexAny(v, ";#"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		cur[strings.TrimSpace(k)] = typed(v)
	}
	return root, errs
}

func main() {
	cfg, errs := parseINI(iniText)
	for _, err := range errs {
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("warning (line %d): %v\n", pe.Line, err)
		}
	}
	out, _ := json.MarshalIndent(cfg, "", "  ")
	fmt.Println(string(out))
	srv := cfg["server"].(map[string]any)
	fmt.Printf("%v %T | %v %T | %v %T\n", srv["port"], srv["port"], srv["timeout"], srv["timeout"], cfg["debug"], cfg["debug"])
}
