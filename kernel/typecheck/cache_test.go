package typecheck

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"gokernel/kernel/gotool"
)

// A checker with a toolchain fills the cache; without one, a new checker
// checks cells from it, and ignores a cache of another key.
func TestCacheWithoutToolchain(t *testing.T) {
	if _, err := gotool.Find(); err != nil {
		t.Skipf("no Go toolchain: %v", err)
	}
	root := t.TempDir()
	t.Setenv(cacheEnv, root)

	filler := New(Options{Wait: true})
	<-filler.ready
	if err := filler.Off(); err != nil {
		t.Fatalf("with a toolchain: %v", err)
	}
	// A package outside the common ones, listed when a cell needs it.
	tabCell := "import \"text/tabwriter\"\nw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)\nw.Flush(1)"
	if v, err := filler.Verify(nil, tabCell, nil); !v.Checked || err == nil {
		t.Fatalf("with a toolchain: Verify(tabwriter) = %+v, %v; want Checked and an error", v, err)
	}
	dir := filepath.Join(root, cacheKey())
	for _, f := range []string{"names", "resolve", "pkg/fmt.a", "pkg/text/tabwriter.a", "pkg/gokernel/runtime/threads.a"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("not cached: %v", err)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "pkg/runtime.a")); err == nil && fi.Size() > 4<<20 {
		t.Errorf("runtime.a is %d bytes: object code cached with the export data", fi.Size())
	}

	// With the toolchain again: a start from the cache, no go command
	// until a cell needs a package the cache lacks.
	again := New(Options{Wait: true})
	<-again.ready
	if n := again.goRuns.Load(); n != 0 || again.Off() != nil {
		t.Errorf("a start with a filled cache ran %d go commands (Off = %v)", n, again.Off())
	}
	if _, err := again.Verify(nil, `fmt.Println(1 + "x")`, nil); err == nil {
		t.Error("from the cache: a mismatched cell passes")
	}
	zipCell := "import \"archive/zip\"\nvar r zip.Reader = 1"
	if v, err := again.Verify(nil, zipCell, nil); !v.Checked || err == nil || again.goRuns.Load() != 1 {
		t.Errorf("a package not cached: Verify = %+v, %v after %d go commands; want Checked and an error after 1", v, err, again.goRuns.Load())
	}

	t.Setenv("GOKERNEL_GO", filepath.Join(t.TempDir(), "nonexistent", "go"))
	if _, err := gotool.Find(); err == nil {
		t.Fatal("GOKERNEL_GO pointing nowhere still finds a toolchain")
	}
	c := New(Options{Wait: true})
	<-c.ready
	if err := c.Off(); err != nil {
		t.Fatalf("without a toolchain, with a cache: Off = %v", err)
	}
	lockSession := []string{`/*line _.go:1:1*/var lk threads.Lock`}
	rejects := []struct {
		name      string
		decls     []string
		cell, msg string
	}{
		{"mismatched", nil, `fmt.Println(1 + "x")`, `invalid operation: 1 + "x" (mismatched types untyped int and untyped string)`},
		{"rand without import", nil, "rand.Intn(\"x\")", "cannot use \"x\" (untyped string constant) as int value in argument to rand.Intn"},
		{"runtime package", lockSession, "lk.Acquire(0)", "too many arguments in call to lk.Acquire\n\thave (number)\n\twant ()"},
		{"fetched package", nil, tabCell, "too many arguments in call to w.Flush\n\thave (number)\n\twant ()"},
	}
	for _, tc := range rejects {
		v, err := c.Verify(tc.decls, tc.cell, nil)
		var e *Error
		if !errors.As(err, &e) || e.Value != tc.msg || !v.Checked {
			t.Errorf("%s: Verify = %+v, %v; want Checked and %q", tc.name, v, err, tc.msg)
		}
	}
	if v, err := c.Verify(nil, "s := strings.ToUpper(\"a\")\nfmt.Println(s, time.Second)", nil); err != nil || !v.Checked {
		t.Errorf("a good cell: Verify = %+v, %v; want Checked, nil", v, err)
	}
	// Not cached: unchecked, as a package without export data.
	if v, err := c.Verify(nil, "import \"net/smtp\"\nvar a smtp.Auth = 1", nil); err != nil || v.Checked {
		t.Errorf("an uncached package: Verify = %+v, %v; want unchecked", v, err)
	}

	// The cache of another Go (or runtime): not used.
	if err := os.Rename(dir, filepath.Join(root, "go1.0-"+filepath.Base(dir))); err != nil {
		t.Fatal(err)
	}
	other := New(Options{Wait: true})
	<-other.ready
	if err := other.Off(); !errors.Is(err, gotool.ErrNoToolchain) {
		t.Errorf("with another key's cache only: Off = %v, want no toolchain", err)
	}
	if v, err := other.Verify(nil, `fmt.Println(1 + "x")`, nil); err != nil || v.Checked {
		t.Errorf("off: Verify = %+v, %v; want unchecked", v, err)
	}
}
