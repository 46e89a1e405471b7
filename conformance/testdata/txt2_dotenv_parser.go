package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const envFile = `# application settings
APP_NAME=conformance
export APP_ENV=production
GREETING="Hello, ${APP_NAME}!\nWelcome."
RAW='single ${NOT_EXPANDED} quotes'
PATH_LIST=/usr/bin:/bin   # trailing comment
EMPTY=
URL=https://${HOST:-localhost}:${PORT:-8080}/api
9BAD=value
NOQUOTE="unterminated
JUST_A_WORD`

type ParseError struct {
	Line, Col int
	Msg       string
}

func (e ParseError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

func expand(s string, vars map[string]string) string {
	return substitute(s, func(name string) string {
		name, def, hasDef := strings.Cut(name, ":-")
		if v, ok := vars[name]; ok {
			return v
		}
		if hasDef {
			return def
		}
		return ""
	})
}

func substitute(s string, lookup func(string) string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		j := strings.Index(s[max(i, 0):], "}")
		if i < 0 || j < 0 {
			return b.String() + s
		}
		b.WriteString(s[:i])
		b.WriteString(lookup(s[i+2 : i+j]))
		s = s[i+j+1:]
	}
}

func validName(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

func parse(text string) (map[string]string, []error) {
	vars := map[string]string{}
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimPrefix(strings.TrimSpace(line), "export ")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		key, val, ok := strings.Cut(trimmed, "=")
		if !ok {
			errs = append(errs, ParseError{n, 1, fmt.Sprintf("missing '=' in %q", trimmed)})
			continue
		}
		if !validName(key) {
			errs = append(errs, ParseError{n, 1, fmt.Sprintf("invalid name %q", key)})
			continue
		}
		col := strings.Index(line, "=") + 2
		switch {
		case strings.HasPrefix(val, `"`):
			end := strings.LastIndex(val, `"`)
			if end == 0 {
				errs = append(errs, ParseError{n, col, "unterminated double quote"})
				continue
			}
			val = strings.ReplaceAll(val[1:end], `\n`, "\n")
			val = expand(val, vars)
		case strings.HasPrefix(val, "'"):
			val = strings.Trim(val, "'")
		default:
			val, _, _ = strings.Cut(val, " #")
			val = expand(strings.TrimSpace(val), vars)
		}
		vars[key] = val
	}
	return vars, errs
}

func main() {
	vars, errs := parse(envFile)
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-10s = %q\n", k, vars[k])
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	for _, k := range []string{"APP_ENV", "EMPTY", "HOST"} {
		v, ok := vars[k]
		fmt.Printf("get %s -> %q (set=%v)\n", k, v, ok)
	}
}
