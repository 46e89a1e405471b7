package gkruntime

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The written module holds exactly the repository's non-test runtime
// files and builds offline.
func TestWriteAndBuild(t *testing.T) {
	Hash()
	parent := t.TempDir()
	d, err := writeTo(parent)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.Walk(d, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() || filepath.Base(p) == "go.mod" {
			return err
		}
		n++
		if strings.HasSuffix(p, "_test.go") {
			t.Errorf("test file written: %s", p)
		}
		rel, _ := filepath.Rel(filepath.Join(d, "runtime"), p)
		orig, err := os.ReadFile(rel) // the test runs in runtime/
		if err != nil {
			t.Errorf("%s: %v", rel, err)
		} else if got, _ := os.ReadFile(p); !bytes.Equal(got, orig) {
			t.Errorf("%s differs from the repository's", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(files()) || n < 20 {
		t.Errorf("wrote %d files, embedded %d", n, len(files()))
	}
	// Writing again finds the directory in place.
	if d2, err := writeTo(parent); err != nil || d2 != d {
		t.Errorf("second write: %q, %v", d2, err)
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command("go", append([]string{"build"}, Packages()...)...)
	cmd.Dir = d
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build of the written runtime: %v\n%s", err, out)
	}
}

func TestDirCached(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	d, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(d, "runtime-"+Hash()) {
		t.Errorf("Dir() = %q", d)
	}
	if d2, _ := Dir(); d2 != d {
		t.Errorf("second Dir() = %q", d2)
	}
}
