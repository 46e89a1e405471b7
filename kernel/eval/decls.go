package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/traefik/yaegi/interp"
)

// needsRebuild says whether the cell redefines a type or method, or a func
// that other declarations use.
func (s *Session) needsRebuild(c *cell) bool {
	for _, d := range c.newDecls {
		if d.kind == "import" {
			continue
		}
		for _, k := range d.keys {
			old := s.find(k)
			if old == nil || old.text == d.text {
				continue
			}
			if d.kind == "type" || d.kind == "method" || old.kind == "type" || old.kind != d.kind {
				return true
			}
			if d.kind == "func" {
				for _, o := range s.decls {
					if o != old && o.idents[k] {
						return true
					}
				}
			}
		}
	}
	return false
}

func (s *Session) find(key string) *decl {
	for _, d := range s.decls {
		for _, k := range d.keys {
			if k == key {
				return d
			}
		}
	}
	return nil
}

// without is the session's declarations minus those the cell redefines.
func (s *Session) without(c *cell) []*decl {
	keys := map[string]bool{}
	for _, d := range c.newDecls {
		for _, k := range d.keys {
			keys[k] = true
		}
	}
	var out []*decl
	for _, d := range s.decls {
		drop := false
		for _, k := range d.keys {
			drop = drop || keys[k]
		}
		if !drop {
			out = append(out, d)
		}
	}
	return out
}

// reimports says whether the cell imports again what the session's
// import declaration d imports.
func (c *cell) reimports(d *decl) bool {
	for _, n := range c.newDecls {
		if n.kind == "import" && n != d {
			for _, k := range n.keys {
				if slices.Contains(d.keys, k) {
					return true
				}
			}
		}
	}
	return false
}

// record adds the cell's declarations to the session's, a redefinition
// taking the place of what it replaces.
func (s *Session) record(c *cell, texts []string) {
	for _, d := range c.newDecls {
		line, col := lineCol(c.code, c.units[d.unit].start)
		dir := fmt.Sprintf("/*line _.go:%d:%d*/", line, col)
		if d.kind == "import" {
			if d.inEffect {
				continue
			}
			s.imported[d.pkg.key()] = true
			s.decls = append(s.decls, d)
			continue
		}
		d.code = dir + texts[d.unit]
		d.cell = s.label
		s.replace(d)
		if d.kind == "type" {
			s.types = nil
		}
	}
}

// replace puts d where the first declaration it redefines was (or at the
// end) and drops the others it redefines.
func (s *Session) replace(d *decl) {
	at := -1
	out := s.decls[:0:0]
	for _, o := range s.decls {
		clash := false
		for _, k := range o.keys {
			for _, k2 := range d.keys {
				clash = clash || k == k2
			}
		}
		if clash {
			if at < 0 {
				at = len(out)
				out = append(out, d)
			}
			continue
		}
		out = append(out, o)
	}
	if at < 0 {
		out = append(out, d)
	}
	s.decls = out
}

// recordDefined records `var x T` for each `x := ...` of the cell, so that
// a rebuild or a child process knows the name (not its value).
func (s *Session) recordDefined(c *cell) {
	globals := globalsOf(s.in)
	done := map[string]bool{}
	for _, name := range c.defined {
		if done[name] {
			continue
		}
		done[name] = true
		v, ok := globals[name]
		if !ok || !v.IsValid() {
			continue
		}
		t, ok := s.typeExpr(v.Type())
		if !ok {
			// The type has no name here: forget an older declaration
			// rather than replay a wrong type.
			s.replace(&decl{kind: "var", keys: []string{name}})
			s.dropEmpty()
			continue
		}
		text := "var " + name + " " + t
		s.replace(&decl{kind: "var", keys: []string{name}, text: text, code: text,
			idents: map[string]bool{name: true}, cell: s.label})
	}
}

func (s *Session) dropEmpty() {
	out := s.decls[:0]
	for _, d := range s.decls {
		if d.text != "" {
			out = append(out, d)
		}
	}
	s.decls = out
}

// copyGlobals moves the values of package-level variables to a rebuilt
// interpreter, except those the cell redefines; a value whose type changed
// starts from zero.
func (s *Session) copyGlobals(from, to *interp.Interpreter, c *cell) {
	redefined := map[string]bool{}
	for _, d := range c.newDecls {
		for _, k := range d.keys {
			redefined[k] = true
		}
	}
	old := globalsOf(from)
	for name, nv := range globalsOf(to) {
		ov, ok := old[name]
		if !ok || redefined[name] || !ov.IsValid() || !nv.CanSet() || !ov.Type().AssignableTo(nv.Type()) {
			continue
		}
		nv.Set(ov)
	}
}

// rebuild replaces the interpreter by a fresh one with the session's
// declarations, keeping variable values. Declarations that no longer
// compile are dropped, with a warning to the running cell.
func (s *Session) rebuild() error {
	in, fresh, kept, dropped, err := s.replayLive(s.decls)
	if err != nil {
		return newError("InternalError", "the session's definitions could not be rebuilt: "+err.Error(), "", 0, 0)
	}
	s.copyGlobals(s.in, in, &cell{})
	s.in, s.imported, s.types, s.stale, s.decls = in, fresh, nil, false, kept
	s.mem.rebuilt(in)
	s.warnDropped(dropped)
	return nil
}

// replaySource is the session's declarations as one file: imports first.
func replaySource(decls []*decl, imported map[string]bool) string {
	var imports, others []string
	for _, d := range decls {
		switch {
		case d.kind != "import":
			others = append(others, d.code)
		case !imported[d.pkg.key()]:
			imports = append(imports, d.code)
		}
	}
	return strings.Join(append(imports, others...), "\n")
}

// declares tells whether the cell declares a type or a method: yaegi
// ignores them when they come again in the same interpreter.
func (c *cell) declares() bool {
	return slices.ContainsFunc(c.newDecls, func(d *decl) bool { return d.kind == "type" || d.kind == "method" })
}
