package server_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/modules/proxytest"
)

// startKernelEnv is startKernel with env added to the kernel's
// environment.
func startKernelEnv(t *testing.T, env []string) *kernel {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	logs := &logBuffer{}
	c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"}, client.LaunchOptions{Dir: t.TempDir(), Stderr: logs, Env: env})
	if err != nil {
		t.Fatal(err)
	}
	k := &kernel{Client: c, log: logs}
	t.Cleanup(func() {
		k.Close()
		if t.Failed() {
			t.Logf("kernel log:\n%s", logs.String())
		}
	})
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	return k
}

// %go get through the real kernel, from a module proxy in a directory
// (never the network): the package is interpreted in cells, compiled in
// %%run, and a cgo package is refused with its name and the reason.
func TestGoGetModules(t *testing.T) {
	needGo(t)
	proxy := t.TempDir()
	if err := proxytest.Write(proxy, proxytest.Greet, proxytest.Cgo); err != nil {
		t.Fatal(err)
	}
	k := startKernelEnv(t, proxytest.Env(t, proxy))

	// Before %go get: what to do.
	res := run(t, k.Client, "import \"example.com/greet\"", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || res.Error.Ename != "ImportError" || !strings.Contains(res.Error.Evalue, "%go get example.com/greet@VERSION") {
		t.Errorf("import before %%go get: %s %+v", res.Status, res.Error)
	}
	res = mustRun(t, k.Client, "%go get example.com/greet@v1.0.0")
	if !strings.Contains(res.Stdout, "added example.com/greet v1.0.0") {
		t.Errorf("%%go get printed %q", res.Stdout)
	}
	res = mustRun(t, k.Client, "%go mod")
	if !strings.Contains(res.Stdout, "module gokernel.session") || !strings.Contains(res.Stdout, "require example.com/greet v1.0.0") {
		t.Errorf("%%go mod:\n%s", res.Stdout)
	}
	res = mustRun(t, k.Client, "import \"example.com/greet\"\ngreet.Hello(\"x\")")
	if res.Text() != `"Hello, x!"` {
		t.Errorf("interpreted greet.Hello = %s", res.Text())
	}
	// Compiled: the session's import comes along, the workspace requires
	// the module (offline, from the module cache).
	res = mustRun(t, k.Client, "%%run\nfmt.Println(greet.Hello(\"compiled\"))")
	if res.Stdout != "Hello, compiled!\n" {
		t.Errorf("%%%%run stdout %q, stderr %q", res.Stdout, res.Stderr)
	}
	// A whole program importing it runs compiled, and its declarations
	// (with the import) come into the session, interpreted.
	res = mustRun(t, k.Client, "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/greet\"\n)\n\nfunc twice(s string) string { return greet.Hello(s) + greet.Hello(s) }\n\nfunc main() { fmt.Println(twice(\"p\")) }\n")
	if res.Stdout != "Hello, p!Hello, p!\n" {
		t.Errorf("whole program: stdout %q, stderr %q", res.Stdout, res.Stderr)
	}
	if r := mustRun(t, k.Client, "twice(\"s\")"); r.Text() != `"Hello, s!Hello, s!"` {
		t.Errorf("the program's func in the session: %s", r.Text())
	}

	mustRun(t, k.Client, "%go get example.com/cgohello@v1.0.0")
	res = run(t, k.Client, "import \"example.com/cgohello\"\ncgohello.Answer()", client.ExecOptions{ContinueOnError: true})
	want := `cannot interpret package example.com/cgohello: it uses cgo (hello.go imports "C")`
	if res.Status != "error" || res.Error.Ename != "ImportError" || !strings.Contains(res.Error.Evalue, want) {
		t.Errorf("cgo import: %s %+v, want %q", res.Status, res.Error, want)
	}
	// The session still works, with greet.
	if r := mustRun(t, k.Client, "greet.Hello(\"again\")"); r.Text() != `"Hello, again!"` {
		t.Errorf("after the refused import: %s", r.Text())
	}

	res = mustRun(t, k.Client, "%lsmagic")
	if !strings.Contains(res.Stdout, "%go get MODULE[@VERSION]") {
		t.Errorf("%%lsmagic does not show %%go:\n%s", res.Stdout)
	}
}

// Without a module proxy %go get fails with the module and what to do.
func TestGoGetOffline(t *testing.T) {
	needGo(t)
	env := append(proxytest.Env(t, t.TempDir()), "GOPROXY=off")
	k := startKernelEnv(t, env)
	res := run(t, k.Client, "%go get example.com/greet@v1.0.0", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || res.Error.Ename != "GoGetError" ||
		!strings.Contains(res.Error.Evalue, "example.com/greet") || !strings.Contains(res.Error.Evalue, "module proxy") {
		t.Errorf("%%go get offline: %s %+v", res.Status, res.Error)
	}
}
