package eval

import (
	"go/types"
	"strings"
)

// yaegi panics while compiling some cells that use a name nothing
// declares (`v, err := pool.Apply(power, 2)` with no pool: a nil
// pointer dereference inside it), and calls others a "definition loop".
// Go says "undefined: pool": undefinedIn finds such a name from the
// parser's own resolution (what a unit leaves unresolved) against what
// the session and the cell declare.
func (s *Session) undefinedIn(c *cell) *Error {
	known := map[string]bool{}
	for _, n := range c.defined {
		known[n] = true
	}
	for n := range c.funcs {
		known[n] = true
	}
	for _, d := range append(append([]*decl(nil), s.decls...), c.newDecls...) {
		if d.kind == "import" {
			known[d.pkg.name] = true
		}
		for _, k := range d.keys {
			known[k] = true
		}
	}
	for k := range s.imported {
		name, _, _ := strings.Cut(k, " ")
		known[name] = true
	}
	globals := globalsOf(s.in)
	for i, p := range c.parsed {
		for _, id := range p.file.Unresolved {
			n := id.Name
			if known[n] || n == "_" || types.Universe.Lookup(n) != nil || strings.HasPrefix(n, "__gk") {
				continue
			}
			if _, ok := globals[n]; ok {
				continue
			}
			if _, ok := s.packagePath(n); ok {
				continue // imported for the learner when used
			}
			line, col := lineCol(c.code, c.units[i].start+p.off(id.Pos()))
			return newError("CompileError", "undefined: "+n, c.code, line, col)
		}
	}
	return nil
}
