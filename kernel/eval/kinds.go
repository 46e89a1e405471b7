package eval

import (
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"
)

// CompleteTypes gives the kind of each of matches, the completions of
// code at cursorPos (see Complete): "keyword", "function", "type",
// "module" (a package), "variable", "constant", "field", "method" or ""
// when unknown. The kernel sends them in complete_reply's metadata as
// _jupyter_types_experimental, which JupyterLab shows as an icon beside
// each item.
func (s *Session) CompleteTypes(code string, cursorPos int, matches []string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	off := runeOffset(code, cursorPos)
	from := identBefore(code, off)
	types := make([]string, len(matches))
	if from > 0 && code[from-1] == '.' {
		x := code[identBefore(code, from-1) : from-1]
		s.memberTypes(x, matches, types)
		return types
	}
	globals := globalsOf(s.in)
	declKind := map[string]string{}
	for _, d := range s.decls {
		for _, k := range d.keys {
			declKind[k] = d.kind
		}
	}
	for i, m := range matches {
		switch {
		case slices.Contains(keywords, m):
			types[i] = "keyword"
		case declKind[m] == "func":
			types[i] = "function"
		case declKind[m] == "type":
			types[i] = "type"
		case declKind[m] == "const":
			types[i] = "constant"
		case globals[m].IsValid() && globals[m].Kind() == reflect.Func:
			types[i] = "function"
		case globals[m].IsValid() || declKind[m] == "var":
			types[i] = "variable"
		case builtinDocs[m] != "":
			types[i] = "function"
		case slices.Contains(builtinNames, m):
			switch m {
			case "true", "false", "nil", "iota":
				types[i] = "constant"
			default:
				types[i] = "type"
			}
		default:
			if _, ok := s.packagePath(m); ok {
				types[i] = "module"
			} else {
				types[i] = "variable" // a name of the cell itself
			}
		}
	}
	return types
}

// memberTypes fills types for the members of x (a package or a value).
func (s *Session) memberTypes(x string, matches, types []string) {
	if _, isVar := globalsOf(s.in)[x]; !isVar {
		if path, ok := s.packagePath(x); ok {
			ex := s.exports(path)
			for i, m := range matches {
				v, ok := ex[m]
				switch {
				case !ok:
				case v.Kind() == reflect.Func:
					types[i] = "function"
				case v.Kind() == reflect.Pointer && v.IsNil():
					types[i] = "type" // exported as (*T)(nil)
				case v.CanAddr():
					types[i] = "variable"
				default:
					types[i] = "constant"
				}
			}
			return
		}
	}
	v, err := evalQuiet(s.in, x)
	if err != nil || !v.IsValid() {
		return
	}
	t := v.Type()
	for i, m := range matches {
		if _, ok := t.MethodByName(m); ok {
			types[i] = "method"
			continue
		}
		if dt := derefType(t); dt.Kind() == reflect.Struct {
			if _, ok := dt.FieldByName(m); ok {
				types[i] = "field"
				continue
			}
			// yaegi's name for an unexported field of an interpreted struct
			r, _ := utf8.DecodeRuneInString(m)
			if _, ok := dt.FieldByName("X" + m); ok && strings.ToLower(string(r)) == string(r) {
				types[i] = "field"
				continue
			}
		}
		types[i] = "method" // a method of an interpreted type
	}
}
