package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

type config map[string]string

func writeConfig(path string, c config) error {
	var b strings.Builder
	b.WriteString("# generated config\n")
	for _, k := range slices.Sorted(maps.Keys(c)) {
		fmt.Fprintf(&b, "%s = %s\n", k, c[k])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func readConfig(path string) (config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c := config{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("malformed line %q", line)
		}
		c[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return c, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp("", "std2-roundtrip-")
	if err != nil {
		fmt.Println("mkdirtemp failed")
		return
	}
	defer os.RemoveAll(dir)

	cfgPath := filepath.Join(dir, "app.conf")
	orig := config{"port": "8080", "host": "localhost", "debug": "true", "name": "demo app"}
	if err := writeConfig(cfgPath, orig); err != nil {
		fmt.Println("write:", err)
		return
	}
	raw, _ := os.ReadFile(cfgPath)
	fmt.Printf("file has %d bytes, %d lines\n", len(raw), strings.Count(string(raw), "\n"))
	fmt.Print(string(raw))

	got, err := readConfig(cfgPath)
	fmt.Println("read back:", got, "err:", err)
	fmt.Println("round trip equal:", fmt.Sprint(got) == fmt.Sprint(orig))

	f, err := os.OpenFile(cfgPath, os.O_APPEND|os.O_WRONLY, 0)
	if err == nil {
		fmt.Fprintln(f, "broken line without separator")
		f.Close()
	}
	_, err = readConfig(cfgPath)
	fmt.Println("after append:", err)

	sub := filepath.Join(dir, "data", "nested")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		fmt.Println("mkdirall:", err)
	}
	for i, name := range []string{"b.txt", "a.txt", "c.log"} {
		os.WriteFile(filepath.Join(sub, name), []byte(strings.Repeat("x", i*10+1)), 0o600)
	}
	entries, _ := os.ReadDir(sub)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Printf("entry %-6s dir=%v size=%d perm=%v\n", e.Name(), e.IsDir(), info.Size(), info.Mode().Perm())
	}

	var walked []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			rel += "/"
		}
		walked = append(walked, filepath.ToSlash(rel))
		return nil
	})
	fmt.Println("walk:", strings.Join(walked, " "))

	matches, _ := filepath.Glob(filepath.Join(sub, "*.txt"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	fmt.Println("glob *.txt:", matches)

	if err := os.Rename(filepath.Join(sub, "c.log"), filepath.Join(sub, "c.txt")); err != nil {
		fmt.Println("rename:", err)
	}
	_, err = os.Stat(filepath.Join(sub, "c.log"))
	fmt.Println("old name gone:", errors.Is(err, fs.ErrNotExist))
	err = os.Remove(sub)
	fmt.Println("remove non-empty dir fails:", err != nil)
	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("missing file:", pe.Op, filepath.Base(pe.Path), pe.Err)
	}
}
