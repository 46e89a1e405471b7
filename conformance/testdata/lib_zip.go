package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"
)

func main() {
	files := []struct {
		Name, Body string
		Method     uint16
	}{
		{"readme.txt", "This archive contains text files.", zip.Deflate},
		{"dir/gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo", zip.Store},
		{"dir/todo.txt", "Get animal handling licence. Write more examples.", zip.Deflate},
	}
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	w.SetComment("test archive")
	mod := time.Date(2021, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, f := range files {
		hdr := &zip.FileHeader{Name: f.Name, Method: f.Method, Modified: mod}
		fw, err := w.CreateHeader(hdr)
		if err != nil {
			fmt.Println("create:", err)
			continue
		}
		io.WriteString(fw, f.Body)
	}
	if err := w.Close(); err != nil {
		fmt.Println("close:", err)
	}

	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println("reader:", err)
	}
	fmt.Println("comment:", r.Comment, "files:", len(r.File))
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			fmt.Println("open:", err)
			continue
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%s method=%d size=%d mod=%s\n", f.Name, f.Method, f.UncompressedSize64, f.Modified.UTC().Format("2006-01-02 15:04"))
		fmt.Printf("  %q\n", body)
	}

	fr, err := r.Open("dir/gopher.txt")
	if err == nil {
		st, _ := fr.Stat()
		fmt.Println("fs open:", st.Name(), st.Size())
		fr.Close()
	}
	_, err = r.Open("missing.txt")
	fmt.Println("missing:", err)

	_, err = zip.NewReader(bytes.NewReader([]byte("garbage")), 7)
	fmt.Println("bad zip:", err)
}
