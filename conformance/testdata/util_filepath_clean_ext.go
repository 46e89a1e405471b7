package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

type FileGroup struct {
	Ext   string
	Files []string
}

func groupByExt(paths []string) []FileGroup {
	groups := map[string][]string{}
	for _, p := range paths {
		ext := strings.ToLower(filepath.Ext(p))
		if ext == "" {
			ext = "(none)"
		}
		groups[ext] = append(groups[ext], filepath.Base(p))
	}
	var out []FileGroup
	for ext, files := range groups {
		slices.Sort(files)
		out = append(out, FileGroup{ext, files})
	}
	slices.SortFunc(out, func(a, b FileGroup) int { return strings.Compare(a.Ext, b.Ext) })
	return out
}

func withinRoot(root, p string) bool {
	rel, err := filepath.Rel(root, filepath.Join(root, p))
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, "../")
}

func main() {
	messy := []string{
		"/var/log//app/../app/server.log",
		"./config/./app.YAML",
		"a/b/c/../../d.txt",
		"",
		"/../etc/passwd",
		"reports/2024/q1.tar.gz",
	}
	fmt.Println("clean:")
	for _, p := range messy {
		fmt.Printf("  %-34q -> %q\n", p, filepath.Clean(p))
	}

	fmt.Println("join:", filepath.Join("/srv", "www", "../data", "index.html"))
	fmt.Println("join empty parts:", filepath.Join("", "a", "", "b"))

	dir, file := filepath.Split("/home/user/docs/report.final.pdf")
	ext := filepath.Ext(file)
	fmt.Printf("dir=%s file=%s ext=%s stem=%s\n", dir, file, ext, strings.TrimSuffix(file, ext))

	files := []string{
		"src/main.go", "src/util.go", "README", "docs/Guide.MD", "docs/api.md",
		"assets/logo.PNG", "assets/icon.png", "Makefile", "src/main_test.go",
	}
	for _, g := range groupByExt(files) {
		fmt.Printf("%-7s %d %v\n", g.Ext, len(g.Files), g.Files)
	}

	for _, pattern := range []string{"*.go", "main*", "[A-Z]*"} {
		var hits []string
		for _, f := range files {
			if ok, _ := filepath.Match(pattern, filepath.Base(f)); ok {
				hits = append(hits, f)
			}
		}
		fmt.Printf("match %-7s %v\n", pattern, hits)
	}

	for _, p := range []string{"uploads/a.jpg", "../secret", "x/../../y", "x/../y"} {
		fmt.Printf("inside root %-14s %v\n", p, withinRoot("/srv/app", p))
	}
	fmt.Println("rel:", must(filepath.Rel("/a/b", "/a/c/d")))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
