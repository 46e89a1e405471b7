// Command tool_var_expand expands shell-like variables ($NAME, ${NAME},
// ${NAME:-default}, ${NAME:?message}) from a fixed map, not the environment.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Vars map[string]string

// UnsetError is returned for ${NAME:?message} when NAME is empty.
type UnsetError struct{ Name, Msg string }

func (e *UnsetError) Error() string { return e.Name + ": " + e.Msg }

func isNameByte(c byte, first bool) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9'
}

func (v Vars) lookup(expr string) (string, error) {
	name, word := expr, ""
	op := ""
	for _, candidate := range []string{":-", ":?", ":+"} {
		if n, w, ok := strings.Cut(expr, candidate); ok {
			name, word, op = n, w, candidate
			break
		}
	}
	val := v[name]
	switch op {
	case ":-":
		if val == "" {
			return v.Expand(word) // the default may itself contain variables
		}
	case ":?":
		if val == "" {
			return "", &UnsetError{name, word}
		}
	case ":+":
		if val != "" {
			return word, nil
		}
		return "", nil
	}
	return val, nil
}

// Expand replaces variable references in s.
func (v Vars) Expand(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		var expr string
		switch {
		case s[i+1] == '$':
			b.WriteByte('$')
			i++
			continue
		case s[i+1] == '{':
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				return "", fmt.Errorf("unterminated ${ at offset %d", i)
			}
			expr = s[i+2 : i+end]
			i += end
		default:
			j := i + 1
			for j < len(s) && isNameByte(s[j], j == i+1) {
				j++
			}
			if j == i+1 { // "$" not followed by a name stays literal
				b.WriteByte('$')
				continue
			}
			expr = s[i+1 : j]
			i = j - 1
		}
		val, err := v.lookup(expr)
		if err != nil {
			return "", err
		}
		b.WriteString(val)
	}
	return b.String(), nil
}

func main() {
	vars := Vars{"HOME": "/home/gopher", "USER": "gopher", "PORT": "8080", "EMPTY": "", "GOPATH": "/home/gopher/go"}
	templates := []string{
		"$HOME/projects",
		"user=${USER}, port=$PORT",
		"${GOPATH}/bin:$HOME/.local/bin",
		"log level: ${LEVEL:-info}",
		"empty: [${EMPTY:-fallback}] [$EMPTY]",
		"alt: ${USER:+logged-in} ${NOBODY:+never}",
		"price: $$5 and a lone $",
		"$USER_NAME vs ${USER}_NAME",
		"${HOME:-/root} and ${MISSING:-$HOME}",
		"digits: $1 ${PORT}0 $PORTX",
		"need ${API_KEY:?must be set}",
		"broken ${HOME",
	}
	for _, t := range templates {
		out, err := vars.Expand(t)
		var ue *UnsetError
		switch {
		case errors.As(err, &ue):
			fmt.Printf("%-40q ERROR %s (%s)\n", t, ue, ue.Name)
		case err != nil:
			fmt.Printf("%-40q ERROR %v\n", t, err)
		default:
			fmt.Printf("%-40q -> %q\n", t, out)
		}
	}
}
