package eval

import (
	"encoding/base64"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// display builds the Result of a final value (see Result for the forms);
// kept is the value as __gk.Keep got it (nil if it did not run).
func display(v reflect.Value, arity int, kept any) *Result {
	if arity >= 2 {
		vals, _ := valueOf(v).([]any)
		parts := make([]string, len(vals))
		for i, x := range vals {
			parts[i] = plain(x)
		}
		return &Result{HasValue: true, Data: map[string]any{"text/plain": strings.Join(parts, " ")}}
	}
	if nilError(v) {
		return &Result{} // like Python's None: p.Join() that went well shows nothing
	}
	x := valueOf(v)
	if sh, ok := x.(interface{ Shown() bool }); ok && shownSafe(sh) {
		return &Result{} // already in the notebook (runtime/display)
	}
	text := plain(x)
	if hasText(kept) && !hasText(x) {
		text = plain(kept) // the Error or String method of an interpreted type
	}
	data := map[string]any{"text/plain": text}
	rich(x, data)
	return &Result{HasValue: true, Data: data}
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// nilError reports a nil value of an interface type that implements error.
func nilError(v reflect.Value) bool {
	return v.IsValid() && v.Kind() == reflect.Interface && v.IsNil() && v.Type().Implements(errorType)
}

func valueOf(v reflect.Value) any {
	if !v.IsValid() || !v.CanInterface() {
		return nil
	}
	return v.Interface()
}

// plain is the text/plain form of a value.
func plain(x any) (s string) {
	defer func() {
		if r := recover(); r != nil { // a String method that panics
			s = fmt.Sprintf("<%T: String panicked: %v>", x, r)
		}
	}()
	switch x := x.(type) {
	case nil:
		return "nil"
	case string:
		return strconv.Quote(x)
	case error:
		return x.Error()
	}
	return fmt.Sprintf("%v", x)
}

// hasText reports a value with an Error or String method.
func hasText(x any) bool {
	switch x.(type) {
	case error, fmt.Stringer:
		return true
	}
	return false
}

func rich(x any, data map[string]any) {
	if x == nil {
		return
	}
	defer func() { recover() }() // a broken rich method must not lose the text form
	if m, ok := x.(interface{ MIMEBundle() map[string]any }); ok {
		for k, v := range m.MIMEBundle() {
			data[k] = v
		}
	}
	if m, ok := x.(interface{ HTML() string }); ok {
		data["text/html"] = m.HTML()
	}
	if m, ok := x.(interface{ Markdown() string }); ok {
		data["text/markdown"] = m.Markdown()
	}
	if m, ok := x.(interface{ SVG() string }); ok {
		data["image/svg+xml"] = m.SVG()
	}
	if m, ok := x.(interface{ Latex() string }); ok {
		data["text/latex"] = m.Latex()
	}
	if m, ok := x.(interface{ PNG() []byte }); ok {
		data["image/png"] = base64.StdEncoding.EncodeToString(m.PNG())
	}
	if m, ok := x.(interface{ JPEG() []byte }); ok {
		data["image/jpeg"] = base64.StdEncoding.EncodeToString(m.JPEG())
	}
	if m, ok := x.(interface{ JSON() any }); ok {
		data["application/json"] = m.JSON()
	}
}

// typeExpr writes t as Go source valid in the session ("" and false if it
// has no name there, e.g. an unnamed struct).
func (s *Session) typeExpr(t reflect.Type) (string, bool) {
	if name, ok := s.typeNames()[t]; ok {
		return name, true
	}
	if t.Name() != "" {
		if t.PkgPath() == "" {
			return t.Name(), true // int, string, error, ...
		}
		for k := range s.imported {
			name, path, _ := strings.Cut(k, " ")
			if path == t.PkgPath() && !strings.Contains(t.Name(), "[") {
				return name + "." + t.Name(), true
			}
		}
		return "", false
	}
	elem := func(prefix string, e reflect.Type) (string, bool) {
		x, ok := s.typeExpr(e)
		return prefix + x, ok
	}
	switch t.Kind() {
	case reflect.Pointer:
		return elem("*", t.Elem())
	case reflect.Slice:
		return elem("[]", t.Elem())
	case reflect.Array:
		return elem("["+strconv.Itoa(t.Len())+"]", t.Elem())
	case reflect.Chan:
		prefix := map[reflect.ChanDir]string{reflect.BothDir: "chan ", reflect.RecvDir: "<-chan ", reflect.SendDir: "chan<- "}[t.ChanDir()]
		return elem(prefix, t.Elem())
	case reflect.Map:
		k, ok := s.typeExpr(t.Key())
		if !ok {
			return "", false
		}
		return elem("map["+k+"]", t.Elem())
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return "any", true
		}
	case reflect.Func:
		var in, out []string
		for i := 0; i < t.NumIn(); i++ {
			x, ok := s.typeExpr(t.In(i))
			if !ok {
				return "", false
			}
			if t.IsVariadic() && i == t.NumIn()-1 {
				x = "..." + strings.TrimPrefix(x, "[]")
			}
			in = append(in, x)
		}
		for i := 0; i < t.NumOut(); i++ {
			x, ok := s.typeExpr(t.Out(i))
			if !ok {
				return "", false
			}
			out = append(out, x)
		}
		res := strings.Join(out, ", ")
		if len(out) > 1 {
			res = "(" + res + ")"
		}
		return strings.TrimSpace("func(" + strings.Join(in, ", ") + ") " + res), true
	}
	return "", false
}

// typeNames maps the reflect types the interpreter uses for the session's
// own types to their names (yaegi's struct types are unnamed).
func (s *Session) typeNames() map[reflect.Type]string {
	if s.types != nil {
		return s.types
	}
	s.types = map[reflect.Type]string{}
	for _, d := range s.decls {
		if d.kind != "type" {
			continue
		}
		for _, name := range d.keys {
			v, err := evalQuiet(s.in, "new("+name+")")
			if err == nil && v.IsValid() && v.Kind() == reflect.Pointer {
				s.types[v.Type().Elem()] = name
			}
		}
	}
	return s.types
}

func shownSafe(sh interface{ Shown() bool }) (shown bool) {
	defer func() { recover() }()
	return sh.Shown()
}
