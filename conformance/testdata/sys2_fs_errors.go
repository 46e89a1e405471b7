package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"testing/fstest"
)

var ErrReadOnly = errors.New("read-only file system")

// QuotaError carries detail but still matches a sentinel via Is.
type QuotaError struct {
	User        string
	Used, Limit int
}

var ErrQuota = errors.New("disk quota exceeded")

func (e *QuotaError) Error() string {
	return fmt.Sprintf("quota for %s: %d/%d blocks", e.User, e.Used, e.Limit)
}
func (e *QuotaError) Is(target error) bool { return target == ErrQuota }

// volume is a tiny layer over an in-memory fs.FS adding write rules.
type volume struct {
	fsys     fstest.MapFS
	readOnly map[string]bool
	used     map[string]int
}

func (v *volume) WriteFile(user, name string, data []byte) error {
	dir := name[:max(strings.LastIndex(name, "/"), 0)]
	if dir != "" {
		if st, err := fs.Stat(v.fsys, dir); err != nil {
			return &fs.PathError{Op: "write", Path: name, Err: fs.ErrNotExist}
		} else if !st.IsDir() {
			return &fs.PathError{Op: "write", Path: name, Err: syscall.ENOTDIR}
		}
	}
	if v.readOnly[strings.SplitN(name, "/", 2)[0]] {
		return &fs.PathError{Op: "write", Path: name, Err: ErrReadOnly}
	}
	if f, ok := v.fsys[name]; ok && f.Mode&0o200 == 0 {
		return &fs.PathError{Op: "write", Path: name, Err: fs.ErrPermission}
	}
	if v.used[user]+len(data) > 64 {
		return fmt.Errorf("write %s: %w", name, &QuotaError{user, v.used[user] + len(data), 64})
	}
	v.used[user] += len(data)
	v.fsys[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	return nil
}

// errno maps errors to classic exit codes, most specific first.
func errno(err error) int {
	var q *QuotaError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &q):
		return 122
	case errors.Is(err, fs.ErrNotExist):
		return 2
	case errors.Is(err, fs.ErrPermission):
		return 13
	case errors.Is(err, ErrReadOnly):
		return 30
	case errors.Is(err, syscall.ENOTDIR):
		return 20
	}
	return 1
}

func main() {
	v := &volume{
		fsys: fstest.MapFS{
			"etc/passwd":     {Data: []byte("root:x:0:0\n"), Mode: 0o444},
			"home/ana/notes": {Data: []byte("hello"), Mode: 0o644},
			"usr/bin/sh":     {Data: []byte("ELF"), Mode: 0o755},
		},
		readOnly: map[string]bool{"usr": true},
		used:     map[string]int{"ana": 40},
	}
	attempts := []struct{ user, path, data string }{
		{"ana", "home/ana/todo", "buy disks"},
		{"ana", "home/ana/big", strings.Repeat("x", 30)},
		{"ana", "home/bob/x", "hi"},
		{"root", "etc/passwd", "evil"},
		{"root", "usr/bin/ls", "ELF"},
		{"root", "home/ana/notes/sub", "?"},
	}
	for _, a := range attempts {
		err := v.WriteFile(a.user, a.path, []byte(a.data))
		fmt.Printf("%-4s write %-18s errno=%-3d %v\n", a.user, a.path, errno(err), err)
	}

	_, err := fs.ReadFile(v.fsys, "var/log/boot")
	wrapped := fmt.Errorf("load boot log: %w", err)
	var pe *fs.PathError
	fmt.Println(wrapped)
	fmt.Println("  errors.Is fs.ErrNotExist:", errors.Is(wrapped, fs.ErrNotExist))
	fmt.Println("  same sentinel as os:", fs.ErrNotExist == os.ErrNotExist)
	fmt.Println("  os.IsNotExist(raw):", os.IsNotExist(err), "os.IsNotExist(wrapped):", os.IsNotExist(wrapped))
	if errors.As(wrapped, &pe) {
		fmt.Printf("  PathError op=%q path=%q\n", pe.Op, pe.Path)
	}
	fmt.Println("  ENOENT is ErrNotExist:", errors.Is(syscall.ENOENT, fs.ErrNotExist))

	joined := errors.Join(
		v.WriteFile("root", "usr/x", nil),
		v.WriteFile("ana", "home/ana/huge", make([]byte, 100)),
	)
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println("  is readonly:", errors.Is(joined, ErrReadOnly), "is quota:", errors.Is(joined, ErrQuota),
		"is permission:", errors.Is(joined, fs.ErrPermission))

	matches, _ := fs.Glob(v.fsys, "home/*/*")
	fmt.Println("home files:", matches, "ana used:", v.used["ana"])
}
