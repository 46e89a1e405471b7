// Package install puts the gokernel kernelspec where Jupyter finds it.
//
// It builds nothing: it copies the running binary into the kernelspec
// directory, so the spec keeps working after `go run . install` (whose binary
// lives in a temporary build cache) and after the source tree moves.
package install

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
)

// KernelName is the kernelspec name (`jupyter console --kernel gokernel`).
const KernelName = "gokernel"

// BinaryName is the file name of the copied binary inside the spec directory.
const BinaryName = "gokernel"

// Spec is the content of kernel.json.
type Spec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode"`
	Env           map[string]string `json:"env"`
	Metadata      map[string]any    `json:"metadata"`
}

// NewSpec is the kernelspec that runs binary as Jupyter does.
func NewSpec(binary string) Spec {
	return Spec{
		Argv:        []string{binary, "-f", "{connection_file}"},
		DisplayName: "Go",
		Language:    "go",
		// Interrupts arrive as interrupt_request on the control channel:
		// the kernel process never runs cell code, so a signal would only
		// reach the wrong process.
		InterruptMode: "message",
		Env:           map[string]string{},
		Metadata:      map[string]any{"debugger": false},
	}
}

// Scope says which Jupyter data directory to install into.
type Scope int

const (
	// User is the user's data directory ($JUPYTER_DATA_DIR, or
	// $XDG_DATA_HOME/jupyter, or ~/.local/share/jupyter).
	User Scope = iota
	// SysPrefix is the share/jupyter directory of the Python prefix that
	// runs Jupyter (/usr/share/jupyter with Debian's packages).
	SysPrefix
	// Prefix is PREFIX/share/jupyter for a given PREFIX.
	Prefix
)

// DataDir is the absolute Jupyter data directory of scope; prefix is used
// only with the Prefix scope.
//
//	dir, err := install.DataDir(install.Prefix, "/opt/x") // /opt/x/share/jupyter
func DataDir(scope Scope, prefix string) (string, error) {
	dir, err := dataDir(scope, prefix)
	if err != nil {
		return "", err
	}
	// kernel.json must name the binary by an absolute path.
	return filepath.Abs(dir)
}

func dataDir(scope Scope, prefix string) (string, error) {
	switch scope {
	case User:
		if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
			return d, nil
		}
		if x := os.Getenv("XDG_DATA_HOME"); x != "" {
			return filepath.Join(x, "jupyter"), nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no home directory for a --user install (set JUPYTER_DATA_DIR or use --prefix): %w", err)
		}
		return filepath.Join(home, ".local", "share", "jupyter"), nil
	case SysPrefix:
		return filepath.Join(pythonPrefix(), "share", "jupyter"), nil
	case Prefix:
		if prefix == "" {
			return "", errors.New("--prefix needs a directory")
		}
		return filepath.Join(prefix, "share", "jupyter"), nil
	}
	return "", fmt.Errorf("unknown scope %d", scope)
}

// pythonPrefix guesses Python's sys.prefix without running Python: an
// active virtualenv or conda env, else the directory above the `jupyter`
// command (/usr/bin/jupyter -> /usr, which Debian's jupyter searches),
// else /usr/local, which every jupyter_core searches on Unix.
func pythonPrefix() string {
	for _, env := range []string{"VIRTUAL_ENV", "CONDA_PREFIX"} {
		if p := os.Getenv(env); p != "" {
			return p
		}
	}
	if j, err := exec.LookPath("jupyter"); err == nil {
		if abs, err := filepath.Abs(j); err == nil {
			return filepath.Dir(filepath.Dir(abs))
		}
	}
	return "/usr/local"
}

// SpecDir is the kernelspec directory inside a Jupyter data directory.
func SpecDir(dataDir string) string {
	return filepath.Join(dataDir, "kernels", KernelName)
}

// Install copies the binary at exe, kernel.json and the logos into
// SpecDir(dataDir) and returns that directory. It builds the new spec in a
// temporary sibling directory and renames it into place, so a kernel that
// runs from an earlier install keeps running (its binary is never
// overwritten in place, which would fail with ETXTBSY).
//
//	dir, err := install.Install("/tmp/prefix/share/jupyter", exe)
func Install(dataDir, exe string) (string, error) {
	dest := SpecDir(dataDir)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("create %s: %w", parent, err)
	}
	// The new spec is built next to kernels/, not in it: Jupyter lists
	// every directory of kernels/ that holds a kernel.json, hidden or not.
	tmp, err := os.MkdirTemp(dataDir, "."+KernelName+"-new-")
	if err != nil {
		return "", fmt.Errorf("create a directory in %s: %w", dataDir, err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed into place
	if err := os.Chmod(tmp, 0o755); err != nil {
		return "", err
	}
	if err := copyFile(exe, filepath.Join(tmp, BinaryName), 0o755); err != nil {
		return "", fmt.Errorf("copy the kernel binary: %w", err)
	}
	spec, err := json.MarshalIndent(NewSpec(filepath.Join(dest, BinaryName)), "", "  ")
	if err != nil {
		return "", err
	}
	files := map[string][]byte{
		"kernel.json":    append(spec, '\n'),
		"logo-32x32.png": LogoPNG(32),
		"logo-64x64.png": LogoPNG(64),
		"logo-svg.svg":   []byte(LogoSVG),
		"kernel.css":     []byte(KernelCSS),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o644); err != nil {
			return "", err
		}
	}
	if err := replaceDir(tmp, dest); err != nil {
		return "", err
	}
	return dest, nil
}

// replaceDir renames src to dest, moving an existing dest aside first and
// removing it afterwards; if the final rename fails the old dest is put back.
func replaceDir(src, dest string) error {
	old := ""
	if _, err := os.Lstat(dest); err == nil {
		f, err := os.MkdirTemp(filepath.Dir(filepath.Dir(dest)), "."+KernelName+"-old-")
		if err != nil {
			return err
		}
		old = filepath.Join(f, "spec")
		if err := os.Rename(dest, old); err != nil {
			os.Remove(f)
			return fmt.Errorf("move the old kernelspec aside: %w", err)
		}
	}
	if err := os.Rename(src, dest); err != nil {
		if old != "" {
			os.Rename(old, dest)
			os.RemoveAll(filepath.Dir(old))
		}
		return fmt.Errorf("move the new kernelspec into place: %w", err)
	}
	if old != "" {
		// A kernel still running from the old binary keeps its open inode.
		os.RemoveAll(filepath.Dir(old))
	}
	return nil
}

func copyFile(src, dst string, mode fs.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// Uninstall removes SpecDir(dataDir) and returns it. It is an error if no
// gokernel spec is there.
func Uninstall(dataDir string) (string, error) {
	dest := SpecDir(dataDir)
	if _, err := os.Stat(filepath.Join(dest, "kernel.json")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return dest, fmt.Errorf("no gokernel kernelspec at %s", dest)
		}
		return dest, err
	}
	if err := os.RemoveAll(dest); err != nil {
		return dest, fmt.Errorf("remove %s: %w", dest, err)
	}
	return dest, nil
}

// Main is `gokernel install` (or `gokernel uninstall` when uninstall is
// true) with args after the subcommand; it returns the exit code.
//
//	gokernel install                 # into ~/.local/share/jupyter
//	gokernel install --sys-prefix    # into /usr/share/jupyter on Debian
//	gokernel install --prefix /opt/x # into /opt/x/share/jupyter
func Main(args []string, uninstall bool) int {
	return run(args, uninstall, os.Stdout, os.Stderr)
}

func run(args []string, uninstall bool, stdout, stderr io.Writer) int {
	name := "install"
	if uninstall {
		name = "uninstall"
	}
	fl := flag.NewFlagSet("gokernel "+name, flag.ContinueOnError)
	fl.SetOutput(stderr)
	user := fl.Bool("user", false, "use the user's Jupyter data directory (the default)")
	sysPrefix := fl.Bool("sys-prefix", false, "use the share/jupyter directory of Jupyter's Python prefix")
	prefix := fl.String("prefix", "", "use `DIR`/share/jupyter")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "gokernel %s: unexpected argument %q\n", name, fl.Arg(0))
		return 2
	}
	chosen := 0
	scope := User
	if *user {
		chosen++
	}
	if *sysPrefix {
		chosen++
		scope = SysPrefix
	}
	if *prefix != "" {
		chosen++
		scope = Prefix
	}
	if chosen > 1 {
		fmt.Fprintf(stderr, "gokernel %s: use only one of --user, --sys-prefix, --prefix\n", name)
		return 2
	}
	dataDir, err := DataDir(scope, *prefix)
	if err != nil {
		fmt.Fprintf(stderr, "gokernel %s: %v\n", name, err)
		return 1
	}
	if uninstall {
		dir, err := Uninstall(dataDir)
		if err != nil {
			fmt.Fprintf(stderr, "gokernel uninstall: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "Removed the gokernel kernelspec from %s\n", dir)
		return 0
	}
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.EvalSymlinks(exe)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gokernel install: cannot find the running binary: %v\n", err)
		return 1
	}
	dir, err := Install(dataDir, exe)
	if err != nil {
		fmt.Fprintf(stderr, "gokernel install: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Installed the gokernel kernelspec in %s\n", dir)
	if scope == Prefix {
		fmt.Fprintf(stdout, "If `jupyter kernelspec list` does not show it, set JUPYTER_PATH=%s\n", dataDir)
	}
	return 0
}
