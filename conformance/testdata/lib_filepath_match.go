package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	cases := []struct{ pattern, name string }{
		{"*.go", "main.go"},
		{"*.go", "dir/main.go"},
		{"*/*.go", "dir/main.go"},
		{"a?c", "abc"},
		{"a?c", "ac"},
		{"[a-c]*", "banana"},
		{"[^a-c]*", "banana"},
		{"[!a-c]*", "zebra"},
		{"file[0-9].txt", "file7.txt"},
		{"\\*star", "*star"},
		{"*", ""},
		{"[", "x"},
		{"a[", "a"},
	}
	for _, c := range cases {
		ok, err := filepath.Match(c.pattern, c.name)
		fmt.Printf("%-14q %-14q -> %-5v err=%v\n", c.pattern, c.name, ok, err)
	}

	ok, err := path.Match("x/*/z", "x/y/z")
	fmt.Println("path.Match:", ok, err)

	fmt.Println("Base:", filepath.Base("/a/b/c.tar.gz"), filepath.Base(""), filepath.Base("/"))
	fmt.Println("Ext:", filepath.Ext("/a/b/c.tar.gz"), filepath.Ext("noext"))
	fmt.Println("Dir:", filepath.Dir("/a/b/c"), filepath.Dir("c"))
	fmt.Println("Clean:", filepath.Clean("a//b/./c/../d/"), filepath.Clean(""))
	fmt.Println("Join:", filepath.Join("a", "", "b/", "../c", "d.txt"))
	dir, file := filepath.Split("/usr/local/bin/go")
	fmt.Printf("Split: %q %q\n", dir, file)
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println("Rel:", rel, err)
	_, err = filepath.Rel("/a", "b")
	fmt.Println("Rel mixed error:", err != nil)
	fmt.Println("IsAbs:", filepath.IsAbs("/x"), filepath.IsAbs("x"))
	fmt.Println("SplitList:", filepath.SplitList("/bin:/usr/bin"))
	fmt.Println("IsLocal:", filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/a"))
}
