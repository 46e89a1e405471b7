package evalproc

import (
	"context"
	"errors"
	"io"

	"gokernel/kernel/eval"
)

// newSession starts the yaegi session of the evaluator, with the runtime
// helpers preloaded, stdin served by the kernel and fmt output buffered.
func newSession(stdin io.Reader, stdout io.Writer) (evalSession, error) {
	s, err := eval.New(eval.Options{Stdin: stdin, Stdout: stdout, Preload: true})
	if err != nil {
		return nil, err
	}
	return evalAdapter{s}, nil
}

// evalAdapter narrows *eval.Session to evalSession.
type evalAdapter struct{ *eval.Session }

func (a evalAdapter) Execute(ctx context.Context, code string) (map[string]any, error) {
	res, err := a.Session.Execute(ctx, code)
	if err != nil || res == nil || !res.HasValue {
		return nil, err
	}
	return res.Data, nil
}

// errorInfo describes err for the kernel, keeping the cell position and
// traceback of an *eval.Error.
func errorInfo(err error) *ErrorInfo {
	var ee *eval.Error
	if errors.As(err, &ee) {
		tb := ee.Traceback
		if tb == nil {
			tb = []string{ee.Name + ": " + ee.Value}
		}
		return &ErrorInfo{Name: ee.Name, Value: ee.Value, Traceback: tb}
	}
	return &ErrorInfo{Name: "Error", Value: err.Error(), Traceback: []string{"Error: " + err.Error()}}
}
