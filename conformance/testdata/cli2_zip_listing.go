package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

type file struct {
	Name   string
	Body   string
	Method uint16
}

func build(files []file) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.SetComment("built by cli2 zipper")
	for _, f := range files {
		h := &zip.FileHeader{Name: f.Name, Method: f.Method}
		h.Modified = time.Date(2023, 6, 1, 12, 0, 0, 0, time.UTC)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, fmt.Errorf("create %s: %w", f.Name, err)
		}
		if _, err := io.WriteString(w, f.Body); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func methodName(m uint16) string {
	switch m {
	case zip.Store:
		return "stored"
	case zip.Deflate:
		return "deflate"
	default:
		return fmt.Sprintf("method-%d", m)
	}
}

func verify(zf *zip.File) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return fmt.Errorf("%s: %w", zf.Name, err)
	}
	if got := crc32.ChecksumIEEE(data); got != zf.CRC32 {
		return fmt.Errorf("%s: crc mismatch %08x != %08x", zf.Name, got, zf.CRC32)
	}
	return nil
}

func main() {
	files := []file{
		{"notes.txt", strings.Repeat("all work and no play\n", 40), zip.Deflate},
		{"config/app.ini", "[app]\nname=demo\n", zip.Store},
		{"data/numbers.csv", "1,2,3\n4,5,6\n7,8,9\n", zip.Deflate},
	}
	data, err := build(files)
	if err != nil {
		fmt.Println("build error:", err)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		fmt.Println("open error:", err)
		return
	}
	fmt.Println("comment:", zr.Comment)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Length\tMethod\tSize\tCRC-32\tDate\tName\t")
	var totalU, totalC uint64
	for _, zf := range zr.File {
		totalU += zf.UncompressedSize64
		totalC += zf.CompressedSize64
		fmt.Fprintf(tw, "%d\t%s\t%d\t%08x\t%s\t%s\t\n", zf.UncompressedSize64, methodName(zf.Method),
			zf.CompressedSize64, zf.CRC32, zf.Modified.UTC().Format("2006-01-02"), zf.Name)
	}
	fmt.Fprintf(tw, "%d\t\t%d\t\t\t%d files\t\n", totalU, totalC, len(zr.File))
	tw.Flush()
	for _, zf := range zr.File {
		status := "OK"
		if err := verify(zf); err != nil {
			status = err.Error()
		}
		fmt.Printf("testing: %-18s %s\n", zf.Name, status)
	}
	_, err = zip.NewReader(bytes.NewReader(data[:20]), 20)
	fmt.Println("truncated:", err)
}
