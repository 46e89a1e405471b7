package modules_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gokernel/kernel/gotool"
	"gokernel/kernel/modules"
	"gokernel/kernel/modules/proxytest"
)

// setup serves the test modules from a file proxy and points the go
// command at it (and at a fresh module cache) for this test.
func setup(t *testing.T) *modules.Session {
	t.Helper()
	if _, err := gotool.Find(); err != nil {
		t.Skipf("no Go toolchain: %v", err)
	}
	proxy := t.TempDir()
	if err := proxytest.Write(proxy, proxytest.Greet, proxytest.Cgo, proxytest.Asm, proxytest.UsesAsm, proxytest.Modern); err != nil {
		t.Fatal(err)
	}
	for _, kv := range proxytest.Env(t, proxy) {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	return modules.New(filepath.Join(t.TempDir(), modules.DirName))
}

func TestGetCheckAndRequirements(t *testing.T) {
	s := setup(t)
	ctx := context.Background()
	mod, err := s.GoMod()
	if err != nil || !strings.HasPrefix(string(mod), "module gokernel.session\n") {
		t.Fatalf("initial go.mod %q, %v", mod, err)
	}
	// Before %go get, a module's package is refused with what to do.
	err = s.Check([]string{"fmt", "example.com/greet"})
	var ie *modules.ImportError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "%go get example.com/greet@VERSION") {
		t.Fatalf("check before get: %v", err)
	}
	var out strings.Builder
	if err := s.Get(ctx, []string{"example.com/greet@v1.0.0", "example.com/cgohello@v1.0.0", "example.com/usesasm@v1.0.0"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "added example.com/greet v1.0.0") {
		t.Errorf("go get said %q", out.String())
	}
	mod, _ = s.GoMod()
	if !strings.Contains(string(mod), "example.com/greet v1.0.0") {
		t.Errorf("go.mod after get:\n%s", mod)
	}
	if err := s.Check([]string{"example.com/greet", "example.com/greet/internal/punct"}); err != nil {
		t.Errorf("pure Go package refused: %v", err)
	}
	for path, want := range map[string]string{
		"example.com/cgohello":  `cannot interpret package example.com/cgohello: it uses cgo (hello.go imports "C")`,
		"example.com/asmadd":    "cannot interpret package example.com/asmadd: it has assembly files (add_",
		"example.com/usesasm":   "cannot interpret package example.com/usesasm: it imports example.com/asmadd, which has assembly files",
		"example.com/greet/nop": "cannot interpret package example.com/greet/nop: it is not a package of module example.com/greet v1.0.0",
		"example.org/other":     "is not in a module of the session (example.com/asmadd v1.0.0, example.com/cgohello v1.0.0",
	} {
		err := s.Check([]string{path})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("check %s: %v, want %q", path, err, want)
		}
	}
	req, sum, err := s.Requirements()
	if err != nil || !strings.Contains(req, "\texample.com/greet v1.0.0\n") || !strings.Contains(string(sum), "example.com/greet v1.0.0 h1:") {
		t.Errorf("requirements %q, sum %q, %v", req, sum, err)
	}
	// The interpreter's GOPATH reaches the module's source, and lists
	// only the files go/build selects (not other.go, for plan9).
	dir := filepath.Join(s.GoPath(), "src", "example.com", "greet")
	ents, err := fs.ReadDir(s.SourceFS(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if !slices.Contains(names, "greet.go") || slices.Contains(names, "other.go") || !slices.Contains(names, "internal") {
		t.Errorf("source dir lists %v", names)
	}
	if all, _ := os.ReadDir(dir); len(all) <= len(ents) {
		t.Errorf("the real directory has %d entries, the filtered %d", len(all), len(ents))
	}
	// A new Session on the same directory (a restarted evaluator) finds
	// the same modules.
	again := modules.New(s.Dir())
	if err := again.Check([]string{"example.com/greet"}); err != nil {
		t.Errorf("after restart: %v", err)
	}
}

func TestGetWithoutProxy(t *testing.T) {
	s := setup(t)
	t.Setenv("GOPROXY", "off")
	err := s.Get(context.Background(), []string{"example.com/greet@v1.0.0"}, &strings.Builder{})
	var ge *modules.GetError
	if !errors.As(err, &ge) || ge.Hint == "" || !strings.Contains(err.Error(), "example.com/greet") || !strings.Contains(err.Error(), "GOPROXY") {
		t.Fatalf("go get without a proxy: %v", err)
	}
	if err := s.Check([]string{"example.com/greet"}); err == nil {
		t.Error("a failed get made the package importable")
	}
}

func TestImports(t *testing.T) {
	code := "x := 1\nimport \"fmt\"\nimport (\n\tg \"example.com/greet\"\n\t_ \"embed\"\n)\nfunc f() { s := `import \"no\"`; _ = s }\nimport . \"strings\""
	got := modules.Imports(code)
	want := []string{"fmt", "example.com/greet", "embed", "strings"}
	if !slices.Equal(got, want) {
		t.Errorf("Imports = %q, want %q", got, want)
	}
}
