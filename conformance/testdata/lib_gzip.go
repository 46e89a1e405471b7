package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"time"
)

func compress(data []byte, level int) []byte {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		panic(err)
	}
	zw.Name = "data.txt"
	zw.Comment = "conformance"
	zw.ModTime = time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	if _, err := zw.Write(data); err != nil {
		panic(err)
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func main() {
	data := []byte(strings.Repeat("the quick brown fox jumps over the lazy dog. ", 50))
	fmt.Println("original:", len(data))
	for _, lvl := range []int{gzip.NoCompression, gzip.BestSpeed, gzip.BestCompression} {
		c := compress(data, lvl)
		fmt.Printf("level %d: compressed %d, smaller=%v\n", lvl, len(c), len(c) < len(data))
		zr, err := gzip.NewReader(bytes.NewReader(c))
		if err != nil {
			fmt.Println("reader:", err)
			continue
		}
		out, err := io.ReadAll(zr)
		fmt.Println("  name:", zr.Name, "comment:", zr.Comment, "mtime:", zr.ModTime.UTC().Format(time.RFC3339))
		fmt.Println("  roundtrip:", len(out), bytes.Equal(out, data), err)
		zr.Close()
	}

	_, err := gzip.NewReader(strings.NewReader("not gzip data"))
	fmt.Println("bad header:", err)

	c := compress([]byte("short"), gzip.DefaultCompression)
	fmt.Printf("magic: % x\n", c[:2])
	zr, _ := gzip.NewReader(bytes.NewReader(c[:len(c)-4]))
	_, err = io.ReadAll(zr)
	fmt.Println("truncated error:", err != nil)
}
