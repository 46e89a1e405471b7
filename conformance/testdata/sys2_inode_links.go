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

var (
	ErrLoop   = errors.New("too many levels of symbolic links")
	ErrNotDir = errors.New("not a directory")
)

type inode struct {
	ino     int
	kind    byte // 'd', 'f' or 'l'
	nlink   int
	data    string // file contents or symlink target
	entries map[string]int
}

// FS is an inode table; directory entries map names to inode numbers.
type FS struct {
	inodes map[int]*inode
	free   []int // released inode numbers, reused last-in first-out
	next   int
}

// resolve walks p; follow controls whether a final symlink is followed.
func (f *FS) resolve(p string, follow bool, hops int) (*inode, error) {
	if hops > 8 {
		return nil, &fs.PathError{Op: "resolve", Path: p, Err: ErrLoop}
	}
	cur := f.inodes[1]
	parts := strings.FieldsFunc(path.Clean(p), func(r rune) bool { return r == '/' })
	for i, name := range parts {
		if cur.kind != 'd' {
			return nil, &fs.PathError{Op: "resolve", Path: p, Err: ErrNotDir}
		}
		ino, ok := cur.entries[name]
		if !ok {
			return nil, &fs.PathError{Op: "resolve", Path: p, Err: fs.ErrNotExist}
		}
		next := f.inodes[ino]
		if next.kind == 'l' && (follow || i < len(parts)-1) {
			target := next.data
			if !path.IsAbs(target) {
				target = path.Join("/", path.Join(parts[:i]...), target)
			}
			return f.resolve(path.Join(target, path.Join(parts[i+1:]...)), follow, hops+1)
		}
		cur = next
	}
	return cur, nil
}

func (f *FS) create(p string, kind byte, data string) error {
	dir, err := f.resolve(path.Dir(p), true, 0)
	if err != nil {
		return err
	}
	if _, exists := dir.entries[path.Base(p)]; exists {
		return &fs.PathError{Op: "create", Path: p, Err: fs.ErrExist}
	}
	ino := f.next
	if n := len(f.free); n > 0 {
		ino, f.free = f.free[n-1], f.free[:n-1]
	} else {
		f.next++
	}
	in := &inode{ino: ino, kind: kind, nlink: 1, data: data}
	if kind == 'd' {
		in.entries, in.nlink = map[string]int{}, 2 // "." counts as a link
		dir.nlink++                                // child's ".." points here
	}
	f.inodes[ino] = in
	dir.entries[path.Base(p)] = ino
	return nil
}

func (f *FS) link(oldp, newp string) error {
	in, err := f.resolve(oldp, false, 0)
	if err != nil {
		return err
	}
	dir, err := f.resolve(path.Dir(newp), true, 0)
	if err != nil {
		return err
	}
	dir.entries[path.Base(newp)] = in.ino
	in.nlink++
	return nil
}

func (f *FS) unlink(p string) error {
	dir, err := f.resolve(path.Dir(p), true, 0)
	if err != nil {
		return err
	}
	in, err := f.resolve(p, false, 0)
	if err != nil {
		return err
	}
	delete(dir.entries, path.Base(p))
	if in.nlink--; in.nlink == 0 || in.kind == 'd' {
		delete(f.inodes, in.ino)
		f.free = append(f.free, in.ino)
	}
	return nil
}

func (f *FS) stat(p string) string {
	in, err := f.resolve(p, true, 0)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%-16s ino=%d type=%c nlink=%d size=%d", p, in.ino, in.kind, in.nlink, len(in.data))
}

func report(errs ...error) {
	if err := errors.Join(errs...); err != nil {
		fmt.Println("error:", strings.ReplaceAll(err.Error(), "\n", "\nerror: "))
	}
}

func main() {
	f := &FS{inodes: map[int]*inode{1: {ino: 1, kind: 'd', nlink: 2, entries: map[string]int{}}}, next: 2}
	report(f.create("/home", 'd', ""), f.create("/home/ana", 'd', ""),
		f.create("/home/ana/report", 'f', "quarterly numbers"),
		f.link("/home/ana/report", "/home/report.bak"),
		f.create("/docs", 'l', "home/ana"), f.create("/loop", 'l', "/loop/again"))
	for _, p := range []string{"/", "/home", "/home/ana/report", "/home/report.bak", "/docs/report"} {
		fmt.Println(f.stat(p))
	}
	report(f.unlink("/home/ana/report"))
	fmt.Println("after unlink:", f.stat("/home/report.bak"))
	fmt.Println(f.stat("/docs/report"))
	report(f.unlink("/home/report.bak"), f.create("/home/ana/new", 'f', "recycled"))
	fmt.Println("inode reused:", f.stat("/home/ana/new"))
	fmt.Println(f.stat("/loop"))
	report(f.create("/home/ana", 'f', ""), f.unlink("/nope"))
	_, err := f.resolve("/home/ana/new/x", true, 0)
	fmt.Println(err, "| not a dir:", errors.Is(err, ErrNotDir))
	fmt.Println("inodes in use:", slices.Sorted(maps.Keys(f.inodes)))
}
