package install

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// installInto runs `gokernel install --prefix DIR` in-process (the running
// test binary is what gets copied) and returns the spec directory.
func installInto(t *testing.T, prefix string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run([]string{"--prefix", prefix}, false, &out, &errOut); code != 0 {
		t.Fatalf("install exit %d: %s", code, errOut.String())
	}
	dir := filepath.Join(prefix, "share", "jupyter", "kernels", "gokernel")
	if !strings.Contains(out.String(), dir) {
		t.Errorf("install output %q does not say where it installed (%s)", out.String(), dir)
	}
	return dir
}

func TestInstallWritesSpec(t *testing.T) {
	prefix := t.TempDir()
	dir := installInto(t, prefix)

	var spec Spec
	data, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &spec); err != nil {
		t.Fatalf("kernel.json is not valid JSON: %v\n%s", err, data)
	}
	bin := filepath.Join(dir, "gokernel")
	want := []string{bin, "-f", "{connection_file}"}
	if strings.Join(spec.Argv, " ") != strings.Join(want, " ") {
		t.Errorf("argv = %q, want %q", spec.Argv, want)
	}
	if spec.DisplayName != "Go" || spec.Language != "go" || spec.InterruptMode != "message" {
		t.Errorf("spec = %+v", spec)
	}

	// The binary is a copy of the running one, executable.
	exe, _ := os.Executable()
	orig, _ := os.ReadFile(exe)
	copied, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(orig, copied) {
		t.Errorf("installed binary differs from the running one (%d vs %d bytes)", len(copied), len(orig))
	}
	if fi, _ := os.Stat(bin); fi.Mode().Perm()&0o111 == 0 {
		t.Errorf("installed binary is not executable: %v", fi.Mode())
	}

	for name, size := range map[string]int{"logo-32x32.png": 32, "logo-64x64.png": 64} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("%s is %dx%d", name, b.Dx(), b.Dy())
		}
		// The centre of the disc is blue, the corner transparent.
		if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
			t.Errorf("%s: corner is not transparent", name)
		}
		if r, g, b, a := img.At(size/2, size/5).RGBA(); a == 0 || r > g || b < g {
			t.Errorf("%s: top of the disc is not blue: %v %v %v %v", name, r, g, b, a)
		}
	}
	svg, err := os.ReadFile(filepath.Join(dir, "logo-svg.svg"))
	if err != nil || !bytes.HasPrefix(svg, []byte("<svg")) {
		t.Errorf("logo-svg.svg: %v %.40q", err, svg)
	}
	// kernel.css, which the classic Notebook loads, blanks tabs (the
	// browser test kernel/browsertest checks how they look).
	css, err := os.ReadFile(filepath.Join(dir, "kernel.css"))
	if err != nil || !bytes.Contains(css, []byte("span.cm-tab")) {
		t.Errorf("kernel.css: %v %q", err, css)
	}
}

func TestReinstallReplacesAtomically(t *testing.T) {
	prefix := t.TempDir()
	dir := installInto(t, prefix)
	bin := filepath.Join(dir, "gokernel")
	// Hold the old binary open, as a running kernel would.
	old, err := os.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	before, _ := old.Stat()

	installInto(t, prefix)
	after, err := os.Stat(bin)
	if err != nil {
		t.Fatal(err)
	}
	if os.SameFile(before, after) {
		t.Error("reinstall wrote over the old binary instead of replacing it")
	}
	// No temporary directories are left behind.
	for d, want := range map[string]string{filepath.Dir(dir): "gokernel", filepath.Dir(filepath.Dir(dir)): "kernels"} {
		entries, _ := os.ReadDir(d)
		if len(entries) != 1 || entries[0].Name() != want {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("%s holds %q, want only %s", d, names, want)
		}
	}
}

func TestUninstall(t *testing.T) {
	prefix := t.TempDir()
	dir := installInto(t, prefix)
	var out, errOut bytes.Buffer
	if code := run([]string{"--prefix", prefix}, true, &out, &errOut); code != 0 {
		t.Fatalf("uninstall exit %d: %s", code, errOut.String())
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s still exists after uninstall (%v)", dir, err)
	}
	// A second uninstall says there is nothing to remove.
	errOut.Reset()
	if code := run([]string{"--prefix", prefix}, true, &out, &errOut); code == 0 ||
		!strings.Contains(errOut.String(), "no gokernel kernelspec") {
		t.Errorf("second uninstall: exit %d, stderr %q", code, errOut.String())
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--user", "--prefix", "/tmp/x"},
		{"--sys-prefix", "--user"},
		{"extra"},
		{"--nonsense"},
	} {
		var out, errOut bytes.Buffer
		if code := run(args, false, &out, &errOut); code != 2 || errOut.Len() == 0 {
			t.Errorf("install %q: exit %d, stderr %q; want 2 and a message", args, code, errOut.String())
		}
	}
}

func TestDataDirUser(t *testing.T) {
	t.Setenv("JUPYTER_DATA_DIR", "/srv/jdata")
	if d, _ := DataDir(User, ""); d != "/srv/jdata" {
		t.Errorf("with JUPYTER_DATA_DIR: %s", d)
	}
	t.Setenv("JUPYTER_DATA_DIR", "")
	t.Setenv("XDG_DATA_HOME", "/srv/xdg")
	if d, _ := DataDir(User, ""); d != "/srv/xdg/jupyter" {
		t.Errorf("with XDG_DATA_HOME: %s", d)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/learner")
	if d, _ := DataDir(User, ""); d != "/home/learner/.local/share/jupyter" {
		t.Errorf("default: %s", d)
	}
}

func TestDataDirSysPrefix(t *testing.T) {
	t.Setenv("VIRTUAL_ENV", "/srv/venv")
	if d, _ := DataDir(SysPrefix, ""); d != "/srv/venv/share/jupyter" {
		t.Errorf("in a virtualenv: %s", d)
	}
	t.Setenv("VIRTUAL_ENV", "")
	t.Setenv("CONDA_PREFIX", "")
	d, _ := DataDir(SysPrefix, "")
	// Whatever prefix is chosen, the jupyter found on PATH must search it.
	py := pythonWithJupyter(t)
	out, err := exec.Command(py, "-c", "import jupyter_core.paths as p; print('\\n'.join(p.jupyter_path()))").Output()
	if err != nil {
		t.Fatalf("jupyter_core: %v", err)
	}
	if !strings.Contains("\n"+string(out), "\n"+d+"\n") {
		t.Errorf("--sys-prefix dir %s is not on Jupyter's search path:\n%s", d, out)
	}
}

// pythonWithJupyter returns the Python that runs the `jupyter` command, or
// skips the test.
func pythonWithJupyter(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("jupyter"); err != nil {
		t.Skip("jupyter not installed: apt-get install jupyter-client")
	}
	if err := exec.Command("/usr/bin/python3", "-c", "import jupyter_core").Run(); err != nil {
		t.Skip("jupyter_core not importable by /usr/bin/python3: apt-get install python3-jupyter-core")
	}
	return "/usr/bin/python3"
}

func TestJupyterFindsSpec(t *testing.T) {
	if _, err := exec.LookPath("jupyter"); err != nil {
		t.Skip("jupyter not installed: apt-get install jupyter-client")
	}
	if err := exec.Command("jupyter", "kernelspec", "--version").Run(); err != nil {
		t.Skip("jupyter kernelspec not available: apt-get install jupyter-client")
	}
	prefix := t.TempDir()
	dir := installInto(t, prefix)
	cmd := exec.Command("jupyter", "kernelspec", "list", "--json")
	cmd.Env = append(os.Environ(), "JUPYTER_PATH="+filepath.Join(prefix, "share", "jupyter"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter kernelspec list: %v", err)
	}
	var list struct {
		Kernelspecs map[string]struct {
			ResourceDir string `json:"resource_dir"`
			Spec        Spec   `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &list); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	ks, ok := list.Kernelspecs["gokernel"]
	if !ok {
		t.Fatalf("jupyter does not list gokernel:\n%s", out)
	}
	if ks.ResourceDir != dir {
		t.Errorf("resource_dir = %s, want %s", ks.ResourceDir, dir)
	}
	if ks.Spec.Language != "go" {
		t.Errorf("spec seen by jupyter: %+v", ks.Spec)
	}
}

// kernel.json must name the binary absolutely, whatever --prefix was given.
func TestDataDirPrefixIsAbsolute(t *testing.T) {
	t.Chdir(t.TempDir())
	d, err := DataDir(Prefix, "rel")
	wd, _ := os.Getwd()
	if err != nil || d != filepath.Join(wd, "rel", "share", "jupyter") {
		t.Errorf("DataDir(Prefix, rel) = %q, %v", d, err)
	}
	if _, err := DataDir(Prefix, ""); err == nil {
		t.Error("an empty --prefix was accepted")
	}
}
