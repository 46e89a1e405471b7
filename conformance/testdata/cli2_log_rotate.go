package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// MemFS is a tiny in-memory filesystem used to simulate rotation.
type MemFS map[string]*bytes.Buffer

type Rotator struct {
	fs       MemFS
	name     string
	maxBytes int
	keep     int
	rotated  int
}

func NewRotator(fs MemFS, name string, maxBytes, keep int) *Rotator {
	fs[name] = new(bytes.Buffer)
	return &Rotator{fs: fs, name: name, maxBytes: maxBytes, keep: keep}
}

func (r *Rotator) backup(i int) string { return fmt.Sprintf("%s.%d", r.name, i) }

func (r *Rotator) rotate() {
	delete(r.fs, r.backup(r.keep))
	for i := r.keep - 1; i >= 1; i-- {
		if buf, ok := r.fs[r.backup(i)]; ok {
			r.fs[r.backup(i+1)] = buf
			delete(r.fs, r.backup(i))
		}
	}
	if r.keep > 0 {
		r.fs[r.backup(1)] = r.fs[r.name]
	}
	r.fs[r.name] = new(bytes.Buffer)
	r.rotated++
}

func (r *Rotator) Write(p []byte) (int, error) {
	cur := r.fs[r.name]
	if cur.Len() > 0 && cur.Len()+len(p) > r.maxBytes {
		r.rotate()
		cur = r.fs[r.name]
	}
	return cur.Write(p)
}

func (fs MemFS) Listing() []string {
	names := make([]string, 0, len(fs))
	for n := range fs {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, n := range names {
		first, _, _ := strings.Cut(fs[n].String(), "\n")
		out[i] = fmt.Sprintf("%-12s %4d bytes  first=%q", n, fs[n].Len(), first)
	}
	return out
}

func main() {
	fs := MemFS{}
	rot := NewRotator(fs, "app.log", 120, 3)
	levels := []string{"INFO", "WARN", "INFO", "ERROR", "DEBUG"}
	for i := 1; i <= 24; i++ {
		line := fmt.Sprintf("%03d %-5s request handled id=%d\n", i, levels[i%len(levels)], i*7)
		if _, err := fmt.Fprint(rot, line); err != nil {
			fmt.Println("write error:", err)
		}
		if i%8 == 0 {
			fmt.Printf("after %d lines: %d rotations, %d files\n", i, rot.rotated, len(fs))
		}
	}
	fmt.Println("final state:")
	for _, l := range fs.Listing() {
		fmt.Println(" ", l)
	}

	fs2 := MemFS{}
	noKeep := NewRotator(fs2, "tmp.log", 10, 0)
	for _, w := range []string{"aaaaaa\n", "bbbbbb\n", "cc\n"} {
		fmt.Fprint(noKeep, w)
	}
	fmt.Println("keep=0 state:")
	for _, l := range fs2.Listing() {
		fmt.Println(" ", l)
	}
}
