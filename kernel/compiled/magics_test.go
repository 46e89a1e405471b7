package compiled

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gokernel/kernel/eval"
	"gokernel/kernel/magic"
)

// cellEnv is a magic.Env over a real interpreted session: output goes to
// a file read back by out().
type cellEnv struct {
	*magic.Env
	sess *eval.Session
	out  func() string
	buf  *syncBuffer // what interpreted code prints
}

func newCellEnv(t *testing.T) *cellEnv {
	t.Helper()
	buf := &syncBuffer{}
	s, err := eval.New(eval.Options{Preload: true, Stdout: buf})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	env := &magic.Env{Ctx: context.Background(), Cell: "c1", Stdout: f, Stderr: f, StdoutFile: f, StderrFile: f,
		Flush: func() {}, Declarations: s.Declarations,
		Input: func(string) (string, error) { return "", errors.New("no stdin in this test") }}
	return &cellEnv{Env: env, sess: s, buf: buf, out: func() string {
		b, _ := os.ReadFile(f.Name())
		f.Truncate(0)
		f.Seek(0, 0)
		return string(b)
	}}
}

// exec runs interpreted Go in the session; what it prints comes back.
func (c *cellEnv) exec(t *testing.T, code string) string {
	t.Helper()
	c.buf.mu.Lock()
	c.buf.b.Reset()
	c.buf.mu.Unlock()
	if _, err := c.sess.Execute(context.Background(), code); err != nil {
		t.Fatalf("%s: %v", code, err)
	}
	return c.buf.String()
}

func runMagic(t *testing.T, r *magic.Registry, env *cellEnv, line string, body string, cellLine int) error {
	t.Helper()
	cell := strings.HasPrefix(line, "%%")
	name, args, _ := strings.Cut(strings.TrimLeft(line, "%"), " ")
	m, ok := r.Lookup(name)
	if !ok {
		t.Fatalf("no magic %s", name)
	}
	_, err := m.Run(env.Env, magic.Call{Name: name, Cell: cell, Args: args, Argv: strings.Fields(args), Body: body, Line: cellLine})
	return err
}

func TestMagics(t *testing.T) {
	needGo(t)
	r := magic.NewRegistry()
	Register(r, ws)
	c := newCellEnv(t)
	c.exec(t, `var count = 1

func greet(n string) string {
	return "hi " + n
}

func TestGreet(t *testing.T) {
	if greet("x") != "hi x" {
		t.Fatal("greet")
	}
}

func TestCount(t *testing.T) {
	if count != 2 {
		t.Errorf("count is %d", count)
	}
}`)
	want := c.exec(t, `fmt.Println(greet("ann"), count)`)
	c.exec(t, `count = 5`)

	t.Run("run cell", func(t *testing.T) {
		// The declaration's value, not the session's current one.
		if err := runMagic(t, r, c, "%%run", `fmt.Println(greet("ann"), count)`, 1); err != nil {
			t.Fatal(err)
		}
		if got := c.out(); got != want {
			t.Errorf("%%%%run printed %q, want %q", got, want)
		}
	})
	t.Run("compile error", func(t *testing.T) {
		err := runMagic(t, r, c, "%%run", "x := 1\nfmt.Println(y)", 1)
		var me *magic.Error
		if !errors.As(err, &me) || me.Name != "CompileError" || !strings.HasPrefix(me.Value, "line 3 of this cell: ") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("panic in a session function", func(t *testing.T) {
		c.exec(t, "func first(xs []int) int {\n\treturn xs[0]\n}")
		err := runMagic(t, r, c, "%%run", "fmt.Println(first(nil))", 1)
		var me *magic.Error
		if !errors.As(err, &me) || me.Name != "panic" {
			t.Fatalf("err = %v", err)
		}
		tb := strings.Join(me.Traceback, "\n")
		t.Logf("%s", tb)
		for _, w := range []string{"in first, line 2 of the cell that declared first", "return xs[0]", "in the cell, line 2 of this cell"} {
			if !strings.Contains(tb, w) {
				t.Errorf("traceback lacks %q:\n%s", w, tb)
			}
		}
		c.out()
	})
	t.Run("test", func(t *testing.T) {
		err := runMagic(t, r, c, "%test", "", 1)
		out := c.out()
		var me *magic.Error
		if !errors.As(err, &me) || me.Name != "TestFailure" || me.Value != "FAIL: TestCount" {
			t.Errorf("err = %v", err)
		}
		t.Logf("%s%v", out, err)
		if !strings.Contains(out, "--- PASS: TestGreet") || !strings.Contains(out, "--- FAIL: TestCount") {
			t.Errorf("output:\n%s", out)
		}
		if err := runMagic(t, r, c, "%test -run Greet", "", 1); err != nil {
			t.Errorf("%%test -run Greet: %v\n%s", err, c.out())
		}
		c.out()
	})
	t.Run("run file", func(t *testing.T) {
		files := handProgram([]string{"fmt", "os"}, "", `fmt.Println("args", os.Args[1:])`)
		p := filepath.Join(t.TempDir(), "prog.go")
		os.WriteFile(p, files["main.go"], 0o644)
		if err := runMagic(t, r, c, "%run "+p+" a b", "", 1); err != nil {
			t.Fatal(err)
		}
		got := c.out()
		if !strings.HasPrefix(got, "args [a b]") {
			t.Errorf("%%run printed %q", got)
		}
	})
}

// Without a go command the magics say so, with how to fix it.
func TestMagicsWithoutToolchain(t *testing.T) {
	t.Setenv("GOKERNEL_GO", filepath.Join(t.TempDir(), "missing-go"))
	r := magic.NewRegistry()
	Register(r, NewWorkspace())
	c := newCellEnv(t)
	for _, line := range []string{"%%run", "%run x.go", "%test"} {
		err := runMagic(t, r, c, line, `fmt.Println(1)`, 1)
		var me *magic.Error
		if !errors.As(err, &me) || me.Name != "NoGoToolchain" || !strings.Contains(me.Value, "GOKERNEL_GO") {
			t.Errorf("%s: %v", line, err)
		}
	}
	_, err := ws.Build(context.Background(), handProgram(nil, "", ""), BuildOptions{})
	var me *magic.Error
	if !errors.As(err, &me) || me.Name != "NoGoToolchain" {
		t.Errorf("Build: %v", err)
	}
}
