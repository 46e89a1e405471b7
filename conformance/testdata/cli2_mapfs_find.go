package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"
)

type findOpts struct {
	namePattern string
	typ         string // "f", "d" or ""
	maxDepth    int
	skipDirs    map[string]bool
}

func depth(p string) int {
	if p == "." {
		return 0
	}
	return strings.Count(p, "/") + 1
}

func find(fsys fs.FS, root string, o findOpts) ([]string, error) {
	var out []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && o.skipDirs[d.Name()] {
			return fs.SkipDir
		}
		if o.maxDepth >= 0 && depth(p) > o.maxDepth {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if o.typ == "f" && d.IsDir() || o.typ == "d" && !d.IsDir() {
			return nil
		}
		if o.namePattern != "" {
			ok, err := path.Match(o.namePattern, d.Name())
			if err != nil {
				return fmt.Errorf("pattern %q: %w", o.namePattern, err)
			}
			if !ok {
				return nil
			}
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

func main() {
	fsys := fstest.MapFS{
		"README.md":            {Data: []byte("# project\n")},
		"main.go":              {Data: []byte("package main\n")},
		"cmd/app/app.go":       {Data: []byte("package app\n")},
		"cmd/app/app_test.go":  {Data: []byte("package app\n")},
		"vendor/lib/lib.go":    {Data: []byte("package lib\n")},
		"web/static/site.css":  {Data: []byte("body{}\n")},
		"web/templates/a.html": {Data: []byte("<p>a</p>\n")},
		".git/config":          {Data: []byte("[core]\n")},
	}
	queries := []struct {
		label string
		root  string
		opts  findOpts
	}{
		{"all go files", ".", findOpts{namePattern: "*.go", maxDepth: -1}},
		{"dirs only, skip vendor and .git", ".", findOpts{typ: "d", maxDepth: -1, skipDirs: map[string]bool{"vendor": true, ".git": true}}},
		{"maxdepth 1", ".", findOpts{maxDepth: 1}},
		{"tests under cmd", "cmd", findOpts{namePattern: "*_test.go", maxDepth: -1}},
		{"bad pattern", ".", findOpts{namePattern: "[", maxDepth: -1}},
		{"missing root", "nope", findOpts{maxDepth: -1}},
	}
	for _, q := range queries {
		fmt.Printf("# %s\n", q.label)
		res, err := find(fsys, q.root, q.opts)
		if err != nil {
			var pe *fs.PathError
			switch {
			case errors.As(err, &pe):
				fmt.Printf("  path error: op=%s path=%s\n", pe.Op, pe.Path)
			default:
				fmt.Println("  error:", err)
			}
			continue
		}
		for _, p := range res {
			fmt.Println(" ", p)
		}
		fmt.Printf("  (%d results)\n", len(res))
	}
}
