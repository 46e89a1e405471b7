// Package gkruntime carries the source of gokernel's runtime packages
// (session, threads, processes, shared, queues, display) inside the
// kernel's binary, so that compiled cells (%%run, %test) can import
// gokernel/runtime/... without a network or a checkout of gokernel.
package gkruntime

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// The non-test files are what a build needs; tests are left out when
// writing (embed patterns cannot exclude them).
//
//go:embed session/*.go threads/*.go processes/*.go shared/*.go queues/*.go display/*.go
var src embed.FS

// GoMod is the go.mod written beside the packages: the module has no
// requirements, the runtime depends on the standard library only.
const GoMod = "module gokernel\n\ngo 1.26\n"

var (
	once    sync.Once
	dir     string
	dirErr  error
	hashHex string
)

// files lists the embedded non-test Go files, sorted.
func files() []string {
	var out []string
	fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// Hash is a hex digest of the embedded runtime source (names and
// contents), which names its directory in the cache.
func Hash() string {
	once.Do(compute)
	return hashHex
}

func compute() {
	h := sha256.New()
	h.Write([]byte(GoMod))
	for _, p := range files() {
		b, _ := src.ReadFile(p)
		h.Write([]byte(p + "\x00"))
		h.Write(b)
		h.Write([]byte{0})
	}
	hashHex = hex.EncodeToString(h.Sum(nil))[:16]
}

// Dir writes the runtime's source as module gokernel into the user's
// cache directory (os.UserCacheDir()/gokernel/runtime-<hash>), once per
// content, and returns that directory. A second kernel, or a kernel of
// the same build started later, finds it there.
func Dir() (string, error) {
	Hash()
	mu.Lock()
	defer mu.Unlock()
	if dir != "" || dirErr != nil {
		return dir, dirErr
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir, dirErr = writeTo(filepath.Join(base, "gokernel"))
	return dir, dirErr
}

var mu sync.Mutex

// writeTo writes the module to parent/runtime-<hash> unless it is there;
// it writes a temporary directory and renames it, so a directory with the
// final name is always complete (two kernels may race to write it).
func writeTo(parent string) (string, error) {
	final := filepath.Join(parent, "runtime-"+hashHex)
	if _, err := os.Stat(filepath.Join(final, "go.mod")); err == nil {
		return final, nil
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(parent, ".runtime-tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // gone after a successful rename
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(GoMod), 0o644); err != nil {
		return "", err
	}
	for _, p := range files() {
		b, err := src.ReadFile(p)
		if err != nil {
			return "", err
		}
		dst := filepath.Join(tmp, "runtime", filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return "", err
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, final); err != nil {
		// Another kernel won the race: its copy has the same content.
		if _, serr := os.Stat(filepath.Join(final, "go.mod")); serr == nil {
			return final, nil
		}
		return "", errors.Join(errors.New("writing gokernel's runtime source"), err)
	}
	return final, nil
}

// Packages lists the import paths of the embedded packages.
func Packages() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range files() {
		ip := "gokernel/runtime/" + path.Dir(p)
		if !seen[ip] {
			seen[ip] = true
			out = append(out, ip)
		}
	}
	return out
}
