package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func must(err error) {
	if err != nil {
		log.Fatalf("fatal: %v", err)
	}
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("[tempdemo] ")
	log.SetOutput(os.Stdout)

	dir, err := os.MkdirTemp(os.TempDir(), "stl-demo-*")
	must(err)
	defer func() {
		must(os.RemoveAll(dir))
		_, err := os.Stat(dir)
		log.Println("cleanup done, dir removed:", errors.Is(err, fs.ErrNotExist))
	}()
	log.Println("temp dir is inside os.TempDir():", filepath.Dir(dir) == filepath.Clean(os.TempDir()))

	f, err := os.CreateTemp(dir, "notes-*.txt")
	must(err)
	base := filepath.Base(f.Name())
	log.Println("name pattern ok:", strings.HasPrefix(base, "notes-") && strings.HasSuffix(base, ".txt"))
	w := bufio.NewWriter(f)
	for i := range 5 {
		fmt.Fprintf(w, "note %d: %s\n", i+1, strings.Repeat("=", i+1))
	}
	must(w.Flush())
	must(f.Close())

	info, err := os.Stat(f.Name())
	must(err)
	log.Printf("size=%d perm=%v regular=%v", info.Size(), info.Mode().Perm(), info.Mode().IsRegular())

	data, err := os.ReadFile(f.Name())
	must(err)
	log.Printf("read back %d lines:", strings.Count(string(data), "\n"))
	for line := range strings.Lines(string(data)) {
		log.Print("  ", strings.TrimRight(line, "\n"))
	}

	af, err := os.OpenFile(f.Name(), os.O_APPEND|os.O_WRONLY, 0)
	must(err)
	_, err = af.WriteString("appended line\n")
	must(err)
	must(af.Close())

	rf, err := os.Open(f.Name())
	must(err)
	defer rf.Close()
	_, err = rf.Seek(-14, io.SeekEnd)
	must(err)
	tail, _ := io.ReadAll(rf)
	log.Printf("tail after append: %q", tail)

	for _, name := range []string{"b.log", "a.txt", "c.dat"} {
		must(os.WriteFile(filepath.Join(dir, name), []byte("contents of "+name), 0o644))
	}
	must(os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	must(os.Rename(filepath.Join(dir, "c.dat"), filepath.Join(dir, "sub", "moved.dat")))

	entries, err := os.ReadDir(dir)
	must(err)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, "notes-") {
			name = "notes-*.txt"
		}
		log.Printf("entry %-12s dir=%v", name, e.IsDir())
	}

	var walked []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if !d.IsDir() && !strings.HasPrefix(rel, "notes-") {
			walked = append(walked, filepath.ToSlash(rel))
		}
		return err
	})
	log.Println("walked files:", walked)

	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	log.Println("*.txt files:", len(matches))
	moved, _ := os.ReadFile(filepath.Join(dir, "sub", "moved.dat"))
	log.Printf("moved file says %q", moved)

	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	log.Println("missing file is ErrNotExist:", errors.Is(err, fs.ErrNotExist))

	audit := log.New(os.Stdout, "audit: ", log.Lmsgprefix)
	audit.Printf("%d files created, %d bytes of notes", 4, len(data))
	log.SetPrefix("[done] ")
	log.Print("main returning; deferred cleanup runs next")
}
