package eval

import "reflect"

// TypeName writes t as cells write it ("point", "[]point", "map[string]int"
// for the session's own types, which yaegi leaves unnamed), else in
// reflect's form. %whos shows it.
func (s *Session) TypeName(t reflect.Type) string {
	if x, ok := s.typeExpr(t); ok {
		return x
	}
	return t.String()
}
