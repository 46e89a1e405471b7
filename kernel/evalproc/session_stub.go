//go:build evalstub

// TEMPORARY development stand-in for kernel/eval (removed once it compiles).
package evalproc

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/unrestricted"
)

type stubSession struct {
	i     *interp.Interpreter
	decls []string
}

func newSession(stdin io.Reader) (evalSession, error) {
	i := interp.New(interp.Options{Stdin: stdin, Unrestricted: true})
	if err := i.Use(stdlib.Symbols); err != nil {
		return nil, err
	}
	i.Use(unrestricted.Symbols)
	return &stubSession{i: i}, nil
}

func (s *stubSession) Execute(ctx context.Context, code string) (map[string]any, error) {
	t := strings.TrimSpace(code)
	for _, kw := range []string{"func ", "var ", "type ", "import ", "const "} {
		if strings.HasPrefix(t, kw) {
			_, err := s.i.EvalWithContext(ctx, code)
			if err == nil {
				s.decls = append(s.decls, code)
			}
			return nil, err
		}
	}
	v, err := s.i.EvalWithContext(ctx, code)
	if err != nil {
		return nil, err
	}
	if v.IsValid() && v.Kind() != reflect.Func && !strings.Contains(t, "\n") && !strings.Contains(t, "=") && !strings.HasPrefix(t, "fmt.") && !strings.Contains(t, "(") {
		return map[string]any{"text/plain": fmt.Sprint(v)}, nil
	}
	return nil, nil
}
func (s *stubSession) Declarations() []string { return s.decls }
func (s *stubSession) Replay(d []string) error {
	for _, c := range d {
		if _, err := s.i.Eval(c); err != nil {
			return err
		}
	}
	s.decls = append([]string(nil), d...)
	return nil
}
func (s *stubSession) Globals() []string                       { return []string{"stubglobal"} }
func (s *stubSession) IsComplete(code string) (string, string) { return "complete", "" }
func (s *stubSession) Complete(code string, pos int) ([]string, int, int) {
	return []string{"Println"}, pos, pos
}
func (s *stubSession) Inspect(code string, pos, d int) (bool, map[string]any) { return false, nil }
func (s *stubSession) EvalExpr(ctx context.Context, e string) (map[string]any, error) {
	v, err := s.i.EvalWithContext(ctx, e)
	if err != nil {
		return nil, err
	}
	return map[string]any{"text/plain": fmt.Sprint(v)}, nil
}

func errorInfo(err error) *ErrorInfo {
	return &ErrorInfo{Name: "Error", Value: err.Error(), Traceback: []string{"Error: " + err.Error()}}
}
