// Command tool_path_parts demonstrates purely lexical path manipulation with
// the path and path/filepath packages. Nothing touches the file system.
package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// Parts is a decomposed slash-separated path.
type Parts struct {
	Dir, Base, Stem, Ext string
	Abs                  bool
}

func split(p string) Parts {
	clean := path.Clean(p)
	base := path.Base(clean)
	ext := path.Ext(base)
	return Parts{
		Dir:  path.Dir(clean),
		Base: base,
		Stem: strings.TrimSuffix(base, ext),
		Ext:  ext,
		Abs:  path.IsAbs(clean),
	}
}

func replaceExt(p, ext string) string {
	return strings.TrimSuffix(p, path.Ext(p)) + ext
}

func main() {
	inputs := []string{
		"/usr/local/bin/go",
		"docs//guide/../intro.md",
		"./archive.tar.gz",
		"../../etc/hosts",
		"/",
		"",
		"a/b/c/.hidden",
	}
	fmt.Println("== split")
	for _, in := range inputs {
		fmt.Printf("%-26q clean=%-20q %+v\n", in, path.Clean(in), split(in))
	}

	fmt.Println("== join")
	fmt.Println(path.Join("a", "b/", "/c", "..", "d.txt"))
	fmt.Println(filepath.Join("/srv", "www", "..", "data", "file.csv"))
	fmt.Println(path.Join())

	fmt.Println("== rel")
	pairs := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"/a", "/a"}, {"a/b", "/a/b"}}
	for _, p := range pairs {
		rel, err := filepath.Rel(p[0], p[1])
		if err != nil {
			fmt.Printf("Rel(%q, %q): error: %v\n", p[0], p[1], err)
			continue
		}
		fmt.Printf("Rel(%q, %q) = %q\n", p[0], p[1], rel)
	}

	fmt.Println("== match")
	patterns := []string{"*.go", "cmd/*/main.go", "[a-c]*.txt", "data/??.csv"}
	names := []string{"main.go", "cmd/tool/main.go", "beta.txt", "delta.txt", "data/01.csv", "data/100.csv"}
	for _, pat := range patterns {
		var hits []string
		for _, n := range names {
			if ok, _ := path.Match(pat, n); ok {
				hits = append(hits, n)
			}
		}
		fmt.Printf("%-16s %q\n", pat, hits)
	}
	if _, err := path.Match("[", "x"); err != nil {
		fmt.Printf("bad pattern: %v (%T)\n", err, err)
	}

	fmt.Println("== misc")
	fmt.Println(replaceExt("report.draft.md", ".html"))
	fmt.Printf("%q\n", filepath.SplitList("/usr/bin:/bin:/opt/go/bin"))
	dir, file := filepath.Split("/home/gopher/notes.txt")
	fmt.Printf("Split: dir=%q file=%q\n", dir, file)
	fmt.Printf("ToSlash=%q FromSlash=%q\n", filepath.ToSlash("x/y/z"), filepath.FromSlash("x/y/z"))
	fmt.Printf("IsLocal: %t %t %t\n", filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/abs"))
}
