package eval

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Replay rebuilds decls (from Declarations) in this session: definitions
// only; statements in them never run. Imports go first, so the order of
// the rest does not matter.
//
// Into a session without declarations (a restarted evaluator, a child),
// a declaration that no longer compiles (an older func that a
// redefinition left behind) is dropped and the rest kept: the error is
// then an *Error named DroppedName saying what was dropped, and the
// session has every other declaration.
//
//	child, _ := eval.New(eval.Options{Preload: true})
//	err := child.Replay(parent.Declarations())
func (s *Session) Replay(decls []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var imports, others []string
	for _, src := range decls {
		units, err := splitCell(src)
		if err != nil {
			return fmt.Errorf("eval: replay: %w", compileError(err, src))
		}
		for _, u := range units {
			switch u.kind {
			case kindImport:
				imports = append(imports, u.text)
			case kindDecl:
				others = append(others, u.text)
			}
		}
	}
	if len(imports)+len(others) == 0 {
		return nil
	}
	code := strings.Join(append(imports, others...), "\n")
	fresh := s.empty()
	_, err := s.execute(context.Background(), code, true)
	if err == nil {
		return nil
	}
	var e *Error
	if !fresh || !errors.As(err, &e) || e.Name != "CompileError" {
		return fmt.Errorf("eval: replay: %w", err)
	}
	// A compile error runs nothing: replay again, dropping what fails.
	dropped, lerr := s.replayKeeping(code)
	if lerr != nil {
		return fmt.Errorf("eval: replay: %w", err)
	}
	if len(dropped) == 0 {
		return nil
	}
	return droppedError(dropped)
}

// DroppedName is the Name of the *Error Replay returns when it dropped
// declarations that no longer compile (one warning a line in Value); the
// session has the others.
const DroppedName = "DeclarationsDropped"

func droppedError(ds []Dropped) *Error {
	var lines []string
	for _, d := range ds {
		lines = append(lines, d.String())
	}
	return &Error{Name: DroppedName, Value: strings.Join(lines, "\n"), Traceback: lines, Dropped: ds}
}

// empty says the session has no declarations but imports.
func (s *Session) empty() bool {
	for _, d := range s.decls {
		if d.kind != "import" {
			return false
		}
	}
	return true
}

// replayKeeping replays code (declarations only) into the empty session
// through replayLive, which drops the declarations that do not compile.
func (s *Session) replayKeeping(code string) ([]Dropped, error) {
	c, err := s.prepare(code)
	if err != nil {
		return nil, err
	}
	if more := s.missingImports(c); len(more) > 0 {
		if c, err = s.prepare(code, more...); err != nil {
			return nil, err
		}
	}
	dirs, texts, _ := s.rewriteUnits(c, true, nil)
	var decls []*decl
	for _, d := range c.newDecls {
		// Imports too: the first try left them in s.in, not in the
		// fresh interpreter replayLive builds.
		if d.kind != "import" {
			d.code = dirs[d.unit] + texts[d.unit]
		}
		decls = append(decls, d)
	}
	in, fresh, kept, dropped, err := s.replayLive(decls)
	if err != nil {
		return nil, err
	}
	s.in, s.imported, s.types, s.stale, s.decls = in, fresh, nil, false, kept
	s.mem.rebuilt(in)
	s.publish()
	return dropped, nil
}
