package modules

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gokernel/kernel/gotool"
	"gokernel/kernel/magic"
)

const goHelp = `Third-party modules for the session.

  %go get MODULE[@VERSION] ...   add (or upgrade, or with @none remove) modules
  %go mod                        show the session's go.mod

%go get runs the real go command ("go get") in the session's module,
$TMPDIR/` + DirName + ` of the kernel (it lasts until the kernel shuts
down), with the kernel's environment: GOPROXY, GOSUMDB, GONOSUMDB,
GOPRIVATE and GOMODCACHE as for any go command. Then cells can import
the module's packages:

  %go get github.com/google/go-cmp@v0.6.0
  import "github.com/google/go-cmp/cmp"
  cmp.Diff(a, b)

Interpreted cells load the packages from their source in the module
cache; a package that uses cgo, assembly or unsafe (or imports one that
does) cannot be interpreted, and its import says so. Compiled runs
(%%run, whole-program cells, native children of processes and pools)
build with the same versions, offline, and can use those too.`

// Register adds %go to r. Cells of the session import through s.
func Register(r *magic.Registry, s *Session) {
	r.Add(magic.Magic{Name: "go", Line: true,
		Usage: "%go get MODULE[@VERSION]...  |  %go mod",
		Help:  goHelp,
		Run: func(env *magic.Env, call magic.Call) (map[string]any, error) {
			return nil, s.run(env, call.Argv)
		}})
}

func (s *Session) run(env *magic.Env, argv []string) error {
	if len(argv) == 0 {
		return usage("%go needs a command: get or mod")
	}
	switch argv[0] {
	case "get":
		if len(argv) == 1 {
			return usage("%go get needs a module, e.g. %go get example.com/mod@v1.2.3")
		}
		err := s.Get(env.Ctx, argv[1:], env.Stdout)
		var ge *GetError
		switch {
		case err == nil:
			return nil
		case errors.Is(err, context.Canceled):
			return &magic.Error{Name: "Interrupted", Value: "go get was interrupted"}
		case errors.Is(err, gotool.ErrNoToolchain):
			return &magic.Error{Name: "NoGoToolchain", Value: err.Error()}
		case errors.As(err, &ge):
			return &magic.Error{Name: "GoGetError", Value: err.Error(), Traceback: lines("GoGetError: " + ge.Error())}
		}
		return &magic.Error{Name: "GoGetError", Value: err.Error()}
	case "mod":
		if len(argv) > 1 {
			return usage("%go mod takes no arguments: it shows the session's go.mod")
		}
		b, err := s.GoMod()
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "// %s/go.mod\n%s", s.dir, b)
		return nil
	}
	return usage(fmt.Sprintf("%%go %s: the commands are get and mod", argv[0]))
}

func lines(s string) []string { return strings.Split(strings.TrimRight(s, "\n"), "\n") }

func usage(msg string) error { return &magic.Error{Name: "UsageError", Value: msg} }
