package main

import (
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// groupByExt groups file names by lower-cased extension.
func groupByExt(files []string) map[string][]string {
	groups := map[string][]string{}
	for _, f := range files {
		ext := strings.ToLower(path.Ext(f))
		if ext == "" {
			ext = "(none)"
		}
		groups[ext] = append(groups[ext], path.Base(f))
	}
	return groups
}

func main() {
	paths := []string{
		"/usr/local/bin/go",
		"docs/guide/intro.md",
		"archive.tar.gz",
		"/",
		"",
		"dir/sub/",
		".hidden",
		"a//b/../c/./d.txt",
	}
	for _, p := range paths {
		fmt.Printf("%-20q base=%-10q dir=%-14q ext=%-6q clean=%q abs=%v\n",
			p, path.Base(p), path.Dir(p), path.Ext(p), path.Clean(p), path.IsAbs(p))
	}

	fmt.Println("join:", path.Join("a", "b/c", "../d", "e.go"))
	fmt.Println("join with empties:", path.Join("", "x", "", "y"), "| join nothing:", path.Join() == "")
	fmt.Println("join absolute:", path.Join("/root", "/etc", "passwd"))
	dir, file := path.Split("static/css/site.min.css")
	fmt.Printf("split: dir=%q file=%q\n", dir, file)
	stem := strings.TrimSuffix(file, path.Ext(file))
	fmt.Println("stem:", stem, "| double ext stem:", strings.TrimSuffix(stem, path.Ext(stem)))

	patterns := []struct{ pattern, name string }{
		{"*.go", "main.go"},
		{"*.go", "cmd/main.go"},
		{"cmd/*/main.go", "cmd/tool/main.go"},
		{"img_[0-9][0-9].png", "img_42.png"},
		{"img_[0-9][0-9].png", "img_4x.png"},
		{"file?.txt", "file1.txt"},
		{"[^a-c]*", "dog"}, {"[^a-c]*", "cat"},
		{"[", "x"},
	}
	for _, p := range patterns {
		ok, err := path.Match(p.pattern, p.name)
		fmt.Printf("match %-20q %-18q -> %v err=%v\n", p.pattern, p.name, ok, err)
	}

	files := []string{"src/main.go", "src/util.GO", "README", "img/logo.png", "img/icon.PNG", "notes.txt", "Makefile", "src/extra_test.go"}
	groups := groupByExt(files)
	exts := make([]string, 0, len(groups))
	for e := range groups {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		names := groups[e]
		sort.Strings(names)
		fmt.Printf("%-7s %s\n", e, strings.Join(names, ", "))
	}

	// filepath functions that do not touch the file system, using slash-separated input.
	fp := filepath.Join("project", "internal", "..", "pkg", "server.go")
	fmt.Println("filepath.Join:", filepath.ToSlash(fp), "ext:", filepath.Ext(fp), "base:", filepath.Base(fp))
	rel, err := filepath.Rel("/srv/app/static", "/srv/app/templates/index.html")
	fmt.Println("filepath.Rel:", filepath.ToSlash(rel), err)
	_, err = filepath.Rel("/srv", "relative/path")
	fmt.Println("filepath.Rel mixed:", err != nil)
	fmt.Println("SplitList:", filepath.SplitList(strings.Join([]string{"/bin", "/usr/bin", "/opt/tools"}, string(filepath.ListSeparator))))
	fmt.Println("VolumeName empty on unix-like paths:", filepath.VolumeName("/home/gopher") == "")
	matched, _ := filepath.Match("*.md", "README.md")
	fmt.Println("filepath.Match:", matched, "IsLocal:", filepath.IsLocal("a/b"), filepath.IsLocal("../escape"))
}
