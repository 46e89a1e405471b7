package main

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

type entry struct {
	name string
	body string
	mode int64
}

func createArchive(entries []entry) (*bytes.Buffer, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	mtime := time.Date(2024, 1, 15, 10, 30, 0, 0, time.UTC)
	for _, e := range entries {
		hdr := &tar.Header{
			Name:    e.name,
			Mode:    e.mode,
			Size:    int64(len(e.body)),
			ModTime: mtime,
			Format:  tar.FormatPAX,
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, fmt.Errorf("header %s: %w", e.name, err)
		}
		if _, err := io.WriteString(tw, e.body); err != nil {
			return nil, fmt.Errorf("write %s: %w", e.name, err)
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return &buf, nil
}

func list(data []byte, verbose bool) error {
	tr := tar.NewReader(bytes.NewReader(data))
	total := int64(0)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("list: %w", err)
		}
		total += hdr.Size
		if verbose {
			fmt.Printf("%s %6d %s %s\n", hdr.FileInfo().Mode(), hdr.Size,
				hdr.ModTime.UTC().Format("2006-01-02 15:04"), hdr.Name)
		} else {
			fmt.Println(hdr.Name)
		}
	}
	fmt.Printf("total payload: %d bytes\n", total)
	return nil
}

func extract(data []byte) (map[string]string, error) {
	files := map[string]string{}
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[hdr.Name] = string(b)
	}
}

func main() {
	entries := []entry{
		{"project/README.md", "# Project\nA small tool.\n", 0o644},
		{"project/bin/run.sh", "#!/bin/sh\necho run\n", 0o755},
		{"project/main.go", "package main\n\nfunc main() {}\n", 0o644},
	}
	buf, err := createArchive(entries)
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	fmt.Printf("archive size: %d bytes (multiple of 512: %v)\n", buf.Len(), buf.Len()%512 == 0)
	fmt.Println("-- tar -t")
	_ = list(buf.Bytes(), false)
	fmt.Println("-- tar -tv")
	_ = list(buf.Bytes(), true)

	files, err := extract(buf.Bytes())
	if err != nil {
		fmt.Println("extract failed:", err)
		return
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("-- extracted")
	for _, n := range names {
		fmt.Printf("%s: %d lines\n", n, strings.Count(files[n], "\n"))
	}
	fmt.Println("-- truncated archive")
	if err := list(buf.Bytes()[:1100], false); err != nil {
		fmt.Println("error:", err)
	}
}
