package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

type PathInfo struct {
	Input string
	Clean string
	Dir   string
	Base  string
	Ext   string
	Abs   bool
}

func (p PathInfo) String() string {
	return fmt.Sprintf("%-24q clean=%-18s dir=%-10s base=%-10s ext=%-5q abs=%t",
		p.Input, p.Clean, p.Dir, p.Base, p.Ext, p.Abs)
}

func inspect(p string) PathInfo {
	return PathInfo{p, path.Clean(p), path.Dir(p), path.Base(p), path.Ext(p), path.IsAbs(p)}
}

func stem(p string) string { return strings.TrimSuffix(path.Base(p), path.Ext(p)) }

func glob(pattern string, names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		ok, err := path.Match(pattern, n)
		if err != nil {
			return nil, fmt.Errorf("glob %q: %w", pattern, err)
		}
		if ok {
			out = append(out, n)
		}
	}
	return out, nil
}

func main() {
	for _, p := range []string{
		"/usr/local/bin/go", "a/b/../c/./d.txt", "//double//slash/", "", ".",
		"../../up.tar.gz", "/", "notes.", ".bashrc",
	} {
		fmt.Println(inspect(p))
	}

	fmt.Printf("%s %q %s\n", path.Join("a", "b/c", "../d", "e.go"), path.Join("", ""), path.Join("/", "..", "x"))
	fmt.Println(filepath.Join("src", "pkg", "..", "cmd"), filepath.ToSlash(filepath.Join("x", "y")))
	dir, file := path.Split("static/css/site.min.css")
	fmt.Printf("split: %q %q stem=%q\n", dir, file, stem(file))

	rel, err := filepath.Rel("/home/gopher/src", "/home/gopher/docs/readme.md")
	fmt.Println("rel:", rel, err)
	_, err = filepath.Rel("relative/dir", "/abs/path")
	fmt.Println("rel error:", err != nil)

	names := []string{"main.go", "main_test.go", "README.md", "go.mod", "util.go", "a1.txt", "b22.txt", "[x].txt"}
	for _, pat := range []string{"*.go", "*_test.go", "?1.txt", "[ab]*.txt", `\[x\].txt`, "*.[mM][dD]", "[z-a"} {
		m, err := glob(pat, names)
		if err != nil {
			fmt.Println(err, errors.Is(err, path.ErrBadPattern))
			continue
		}
		fmt.Printf("%-12s %v\n", pat, m)
	}
	fmt.Println(filepath.Base("a/b/"), filepath.Ext("x.tar.gz"), filepath.VolumeName("/a"), string(filepath.Separator))
	parts := filepath.SplitList("/bin:/usr/bin::/opt/bin")
	fmt.Printf("%q %d\n", parts, len(parts))
}
