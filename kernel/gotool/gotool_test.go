package gotool

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindPath(t *testing.T) {
	t.Setenv("GOKERNEL_GO", "")
	want, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go on PATH")
	}
	tc, err := Find()
	if err != nil {
		t.Fatal(err)
	}
	if abs, _ := filepath.Abs(want); tc.Go != abs {
		t.Errorf("Go = %q, want %q", tc.Go, abs)
	}
	out, err := exec.Command(tc.Go, "env", "GOVERSION").Output()
	if err != nil {
		t.Fatal(err)
	}
	if v := strings.TrimSpace(string(out)); tc.Version != v {
		t.Errorf("Version = %q, go env says %q", tc.Version, v)
	}
	if fi, err := os.Stat(filepath.Join(tc.GOROOT, "src", "fmt")); err != nil || !fi.IsDir() {
		t.Errorf("GOROOT %q has no src/fmt", tc.GOROOT)
	}
	if tc2, _ := Find(); tc2 != tc {
		t.Error("second Find did not reuse the cached lookup")
	}
	if !strings.HasPrefix(Banner(), tc.Version) {
		t.Errorf("Banner() = %q", Banner())
	}
}

func TestFindGOKERNEL_GO(t *testing.T) {
	real, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go on PATH")
	}
	// A link elsewhere proves the variable, not PATH, chose the command.
	link := filepath.Join(t.TempDir(), "mygo")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOKERNEL_GO", link)
	tc, err := Find()
	if err != nil {
		t.Fatal(err)
	}
	if tc.Go != link {
		t.Errorf("Go = %q, want %q", tc.Go, link)
	}
}

func TestMissingGOKERNEL_GO(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nogo")
	t.Setenv("GOKERNEL_GO", missing)
	_, err := Find()
	if !errors.Is(err, ErrNoToolchain) {
		t.Fatalf("err = %v, want ErrNoToolchain", err)
	}
	for _, want := range []string{missing, "GOKERNEL_GO", "no such file"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if !strings.HasPrefix(Banner(), "no Go toolchain") {
		t.Errorf("Banner() = %q", Banner())
	}
}

func TestNoGoAnywhere(t *testing.T) {
	t.Setenv("GOKERNEL_GO", "")
	t.Setenv("PATH", t.TempDir())
	saved := wellKnown
	wellKnown = []string{filepath.Join(t.TempDir(), "go")}
	defer func() { wellKnown = saved }()
	_, err := Find()
	if !errors.Is(err, ErrNoToolchain) {
		t.Fatalf("err = %v, want ErrNoToolchain", err)
	}
	if !strings.Contains(err.Error(), "GOKERNEL_GO") {
		t.Errorf("error %q does not say how to fix it", err)
	}
}
