package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type UsageError struct {
	Cmd string
	Msg string
}

func (e *UsageError) Error() string { return e.Cmd + ": usage: " + e.Msg }

type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return fmt.Sprintf("exit %d: %v", e.Code, e.Err) }
func (e *ExitError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

const (
	exitOK       = 0
	exitFailure  = 1
	exitUsage    = 2
	exitNoInput  = 66
	exitNoPerm   = 77
	exitSoftware = 70
)

func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	var ue *UsageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	var ne *strconv.NumError
	switch {
	case errors.As(err, &ne):
		return exitUsage
	case errors.Is(err, fs.ErrNotExist):
		return exitNoInput
	case errors.Is(err, ErrPermission), errors.Is(err, fs.ErrPermission):
		return exitNoPerm
	}
	return exitFailure
}

func run(argv []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ExitError{Code: exitSoftware, Err: fmt.Errorf("internal error: %v", r)}
		}
	}()
	if len(argv) == 0 {
		return &UsageError{Cmd: "tool", Msg: "missing subcommand"}
	}
	switch argv[0] {
	case "ok":
		return nil
	case "open":
		return fmt.Errorf("open %s: %w", argv[1], fs.ErrNotExist)
	case "write":
		return fmt.Errorf("write /etc/passwd: %w", ErrPermission)
	case "retry":
		n, err := strconv.Atoi(argv[1])
		if err != nil {
			return fmt.Errorf("retry count: %w", err)
		}
		return fmt.Errorf("gave up after %d attempts", n)
	case "quit":
		return &ExitError{Code: 3, Err: errors.New("requested quit")}
	case "crash":
		state := map[string]int{"depth": -1}
		if state["depth"] < 0 {
			panic(fmt.Sprintf("corrupt state: depth=%d", state["depth"]))
		}
		return nil
	case "multi":
		return errors.Join(errors.New("lint failed"), fmt.Errorf("config: %w", fs.ErrNotExist))
	}
	return &UsageError{Cmd: "tool", Msg: fmt.Sprintf("unknown subcommand %q", argv[0])}
}

func main() {
	cases := [][]string{
		{"ok"}, {}, {"open", "data.csv"}, {"write"}, {"retry", "3"}, {"retry", "many"},
		{"quit"}, {"crash"}, {"multi"}, {"frobnicate"},
	}
	for _, argv := range cases {
		err := run(argv)
		code := exitCode(err)
		if err != nil {
			fmt.Printf("tool %v -> code %d: %v\n", argv, code, err)
		} else {
			fmt.Printf("tool %v -> code %d\n", argv, code)
		}
	}
}
