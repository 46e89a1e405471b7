package main

import (
	"cmp"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
)

type Node interface {
	Name() string
	Size() int64
}

type File struct {
	name  string
	bytes int64
}

func (f *File) Name() string { return f.name }
func (f *File) Size() int64  { return f.bytes }

type Dir struct {
	name     string
	children map[string]Node
}

func (d *Dir) Name() string { return d.name + "/" }
func (d *Dir) Size() int64 {
	var total int64
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}

func (d *Dir) sorted() []Node {
	out := make([]Node, 0, len(d.children))
	for _, c := range d.children {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Node) int { return strings.Compare(a.Name(), b.Name()) })
	return out
}

type Bytes int64

func (b Bytes) String() string {
	const unit = 1024
	if b < unit {
		return fmt.Sprintf("%dB", int64(b))
	}
	div, exp := int64(unit), 0
	for n := int64(b) / unit; n >= unit; n /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f%c", float64(b)/float64(div), "KMGT"[exp])
}

var ErrNotDir = errors.New("not a directory")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func NewDir(name string) *Dir { return &Dir{name, map[string]Node{}} }

func (d *Dir) Create(p string, size int64) error {
	parts := strings.Split(strings.Trim(path.Clean(p), "/"), "/")
	cur := d
	for i, part := range parts[:len(parts)-1] {
		switch n := cur.children[part].(type) {
		case nil:
			nd := NewDir(part)
			cur.children[part] = nd
			cur = nd
		case *Dir:
			cur = n
		default:
			return &PathError{"/" + path.Join(parts[:i+1]...), ErrNotDir}
		}
	}
	cur.children[parts[len(parts)-1]] = &File{parts[len(parts)-1], size}
	return nil
}

func Walk(n Node, prefix string, depth int, visit func(p string, n Node, depth int)) {
	visit(prefix+n.Name(), n, depth)
	if d, ok := n.(*Dir); ok {
		for _, c := range d.sorted() {
			Walk(c, prefix+n.Name(), depth+1, visit)
		}
	}
}

func main() {
	root := NewDir("")
	files := map[string]int64{
		"/home/ann/photos/cat.jpg": 2_400_000, "/home/ann/photos/dog.jpg": 1_900_000,
		"/home/ann/notes.txt": 812, "/home/bob/.bashrc": 3_500, "/home/bob/code/main.go": 14_000,
		"/var/log/syslog": 52_000_000, "/var/log/auth.log": 700_000, "/etc/hosts": 220,
		"/etc/hosts/extra": 10, "/tmp//scratch/../a.bin": 5 << 30,
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range files {
			if !yield(k) {
				return
			}
		}
	})
	for _, p := range keys {
		if err := root.Create(p, files[p]); err != nil {
			var pe *PathError
			fmt.Printf("create %s: %v (notdir=%t as=%t)\n", p, err, errors.Is(err, ErrNotDir), errors.As(err, &pe))
		}
	}
	fmt.Println("== tree ==")
	Walk(root, "", 0, func(p string, n Node, depth int) {
		fmt.Printf("%s%-*s %8v\n", strings.Repeat("  ", depth), 24-2*depth, n.Name(), Bytes(n.Size()))
	})
	fmt.Println("== du -d 2, largest first ==")
	type entry struct {
		path string
		size int64
	}
	var dirs []entry
	Walk(root, "", 0, func(p string, n Node, depth int) {
		if _, ok := n.(*Dir); ok && depth <= 2 {
			dirs = append(dirs, entry{p, n.Size()})
		}
	})
	slices.SortStableFunc(dirs, func(a, b entry) int { return cmp.Compare(b.size, a.size) })
	for _, e := range dirs {
		fmt.Printf("%8v  %s\n", Bytes(e.size), e.path)
	}
}
