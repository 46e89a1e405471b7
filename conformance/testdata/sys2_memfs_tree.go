package main

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

var errNotDir = errors.New("not a directory")

type node struct {
	dir      bool
	data     []byte
	children map[string]*node
}

type memFS struct{ root *node }

func parts(p string) []string {
	p = path.Clean("/" + p)
	if p == "/" {
		return nil
	}
	return strings.Split(p[1:], "/")
}

func (m *memFS) walk(op, p string) (*node, error) {
	n := m.root
	for _, part := range parts(p) {
		if !n.dir {
			return nil, &fs.PathError{Op: op, Path: p, Err: errNotDir}
		}
		child, ok := n.children[part]
		if !ok {
			return nil, &fs.PathError{Op: op, Path: p, Err: fs.ErrNotExist}
		}
		n = child
	}
	return n, nil
}

func (m *memFS) MkdirAll(p string) error {
	n := m.root
	for _, part := range parts(p) {
		child, ok := n.children[part]
		switch {
		case !ok:
			child = &node{dir: true, children: map[string]*node{}}
			n.children[part] = child
		case !child.dir:
			return &fs.PathError{Op: "mkdir", Path: p, Err: errNotDir}
		}
		n = child
	}
	return nil
}

// WriteFile creates missing parent directories, like `install -D`.
func (m *memFS) WriteFile(p, content string) error {
	p = path.Clean("/" + p)
	if err := m.MkdirAll(path.Dir(p)); err != nil {
		return err
	}
	parent, _ := m.walk("open", path.Dir(p))
	parent.children[path.Base(p)] = &node{data: []byte(content)}
	return nil
}

func (m *memFS) ReadFile(p string) (string, error) {
	n, err := m.walk("open", p)
	if err != nil {
		return "", err
	}
	if n.dir {
		return "", &fs.PathError{Op: "read", Path: p, Err: errors.New("is a directory")}
	}
	return string(n.data), nil
}

func size(n *node) int {
	if !n.dir {
		return len(n.data)
	}
	total := 0
	for _, c := range n.children {
		total += size(c)
	}
	return total
}

// lsR renders n and its subdirectories like `ls -R`, with sizes.
func lsR(p string, n *node, sb *strings.Builder) {
	fmt.Fprintf(sb, "%s:\n", p)
	names := slices.Sorted(maps.Keys(n.children))
	for _, name := range names {
		if c := n.children[name]; c.dir {
			fmt.Fprintf(sb, "  d %-12s %5d\n", name+"/", size(c))
		} else {
			fmt.Fprintf(sb, "  - %-12s %5d\n", name, len(c.data))
		}
	}
	for _, name := range names {
		if c := n.children[name]; c.dir {
			sb.WriteString("\n")
			lsR(path.Join(p, name), c, sb)
		}
	}
}

func main() {
	m := &memFS{root: &node{dir: true, children: map[string]*node{}}}
	files := []struct{ path, body string }{
		{"/etc/hosts", "127.0.0.1 localhost\n"},
		{"/etc/motd", "welcome\n"},
		{"/home/ana/docs/todo.txt", "- write tests\n- ship\n"},
		{"/home/ana/.profile", "export PATH=/bin\n"},
		{"/home/bo/notes", "bo's notes"},
		{"/var/log/syslog", strings.Repeat("boot ok\n", 4)},
	}
	for _, f := range files {
		if err := m.WriteFile(f.path, f.body); err != nil {
			fmt.Println("write:", err)
		}
	}
	var sb strings.Builder
	lsR("/", m.root, &sb)
	fmt.Println(sb.String())
	fmt.Println("total bytes:", size(m.root))
	body, err := m.ReadFile("/home/ana/docs/todo.txt")
	fmt.Printf("cat todo.txt: %q err=%v\n", body, err)

	_, err = m.ReadFile("/home/cy/plan")
	fmt.Println("read missing:", err, "| ErrNotExist:", errors.Is(err, fs.ErrNotExist))
	err = m.WriteFile("/etc/hosts/extra", "x")
	fmt.Println("write under file:", err, "| notDir:", errors.Is(err, errNotDir))
	err = m.MkdirAll("/etc/motd/sub")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("mkdir: op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
	}
	_, err = m.ReadFile("/var")
	fmt.Println("read dir:", err)
}
