package typecheck

import (
	"bufio"
	"bytes"
	"errors"
	"go/version"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"gokernel/kernel/program"
	gkruntime "gokernel/runtime"
)

// Without a Go toolchain the checker works from a cache that it fills
// whenever it has one: the export data of every standard (and gokernel
// runtime) package it lists, the standard packages' names (listNames)
// and what program.DefaultResolve makes of them (it walks GOROOT, which
// may be gone with the toolchain). The cache lives in
// os.UserCacheDir()/gokernel/typecheck/<key> ($GOKERNEL_TYPECHECK_CACHE
// instead of .../gokernel/typecheck), where the key is the Go version
// that built the kernel (export data is tied to it), the platform and
// the hash of the embedded runtime source (gokernel/runtime/...'s export
// data depends on it). Every file is written to a temporary file and
// renamed, so kernels running at the same time never see half a file.
//
//	<key>/pkg/<import path>.a   the package's export data (__.PKGDEF only)
//	<key>/names                  `go list -f '{{.ImportPath}} {{.Name}}' std`
//	<key>/resolve                "name path" lines: DefaultResolve's answers
//
// names and resolve are written last, at the end of a load: a key
// directory without them is not used.

// cacheEnv overrides the cache's parent directory (tests).
const cacheEnv = "GOKERNEL_TYPECHECK_CACHE"

// cacheKey names the cache directory of this kernel binary.
func cacheKey() string {
	v := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' {
			return r
		}
		return '_'
	}, runtime.Version())
	return v + "-" + runtime.GOOS + "-" + runtime.GOARCH + "-" + gkruntime.Hash()
}

// cacheDir is the cache directory of this kernel binary, or "" if there
// is no place for it.
func cacheDir() string {
	root := os.Getenv(cacheEnv)
	if root == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		root = filepath.Join(base, "gokernel", "typecheck")
	}
	return filepath.Join(root, cacheKey())
}

// cacheable says whether export data made by a toolchain of version
// goVersion may be cached for this binary: the same Go release (the
// binary's importer reads its format, the std API is the interpreter's).
func cacheable(goVersion string) bool {
	lang := version.Lang(runtime.Version())
	return lang != "" && version.Lang(goVersion) == lang
}

// cachePkgFile is where a package's export data is cached.
func cachePkgFile(dir, path string) string {
	return filepath.Join(dir, "pkg", filepath.FromSlash(path)+".a")
}

// cacheExport copies the export data of path (file, from the go
// command) into the cache unless it is there.
func cacheExport(dir, path, file string) error {
	dst := cachePkgFile(dir, path)
	if _, err := os.Stat(dst); err == nil {
		return nil
	}
	data, err := exportData(file)
	if err != nil {
		return err
	}
	return writeAtomic(dst, data)
}

// exportData reads an export data file of the go command: an archive
// whose first member, __.PKGDEF, is the export data the importer reads
// (the rest, object code, is not needed). It returns an archive of that
// member alone, or the whole file if it is not such an archive.
func exportData(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	const magic, hdrLen = "!<arch>\n", 60
	head := make([]byte, len(magic)+hdrLen)
	if _, err := io.ReadFull(f, head); err == nil && string(head[:len(magic)]) == magic {
		hdr := head[len(magic):]
		size, err := strconv.Atoi(strings.TrimSpace(string(hdr[48:58])))
		if strings.TrimSpace(string(hdr[:16])) == "__.PKGDEF" && err == nil && size >= 0 && size < 1<<30 {
			body := make([]byte, size+size%2) // members are padded to an even size
			n, err := io.ReadFull(f, body)
			if err == nil || n == size && errors.Is(err, io.ErrUnexpectedEOF) {
				return append(head, body[:n]...), nil
			}
		}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}

// writeAtomic writes data to dst through a temporary file in its
// directory, unless dst already holds exactly data.
func writeAtomic(dst string, data []byte) error {
	if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(dst), ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, dst)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// cacheNames records the standard packages' names (the output of `go
// list std` that listNames reads) and DefaultResolve's answer for each.
func cacheNames(dir string, out []byte) error {
	var resolve strings.Builder
	seen := map[string]bool{}
	for line := range strings.Lines(string(out)) {
		_, name, _ := strings.Cut(strings.TrimSpace(line), " ")
		if name == "" || name == "main" || seen[name] {
			continue
		}
		seen[name] = true
		if p, ok := program.DefaultResolve(name); ok && !strings.HasPrefix(p, "gokernel/") {
			resolve.WriteString(name + " " + p + "\n")
		}
	}
	if err := writeAtomic(filepath.Join(dir, "resolve"), []byte(resolve.String())); err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, "names"), out)
}

// loadCache loads what a checker with a toolchain cached in dir: the
// export data files, the names of the standard packages and how they
// resolve. It reports whether there was such a cache.
func (c *Checker) loadCache(dir string) bool {
	if dir == "" {
		return false
	}
	names, err := os.ReadFile(filepath.Join(dir, "names"))
	if err != nil {
		return false
	}
	res, err := os.ReadFile(filepath.Join(dir, "resolve"))
	if err != nil {
		return false
	}
	std := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(res))
	for sc.Scan() {
		if name, path, ok := strings.Cut(sc.Text(), " "); ok {
			std[name] = path
		}
	}
	exports := map[string]string{}
	pkg := filepath.Join(dir, "pkg")
	filepath.WalkDir(pkg, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") || !strings.HasSuffix(p, ".a") {
			return nil
		}
		rel, err := filepath.Rel(pkg, strings.TrimSuffix(p, ".a"))
		if err == nil {
			exports[filepath.ToSlash(rel)] = p
		}
		return nil
	})
	if exports["fmt"] == "" || len(std) == 0 {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.exports, c.std = exports, std
	c.ambiguousFrom(names)
	return true
}
