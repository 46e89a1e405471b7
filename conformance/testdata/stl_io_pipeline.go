package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// countingWriter counts bytes and lines written through it.
type countingWriter struct {
	bytes, lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// upperReader upper-cases ASCII letters from an underlying reader.
type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := range n {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 'a' - 'A'
		}
	}
	return n, err
}

func main() {
	src := "line one\nline two\nline three\n"
	n, err := io.Copy(os.Stdout, upperReader{strings.NewReader(src)})
	fmt.Println("copied", n, "bytes, err:", err)

	var buf bytes.Buffer
	cw := &countingWriter{}
	h := sha256.New()
	mw := io.MultiWriter(os.Stdout, &buf, cw, h)
	fmt.Fprintf(mw, "multi %d\n", 1)
	io.WriteString(mw, "multi 2\n")
	fmt.Printf("buffer=%q counter=%d bytes/%d lines sha=%x\n", buf.String(), cw.bytes, cw.lines, h.Sum(nil)[:4])

	limited, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789abcdef"), 10))
	fmt.Printf("limited: %s\n", limited)

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	first := make([]byte, 3)
	io.ReadFull(tr, first)
	fmt.Printf("tee read %q, tee buffer %q\n", first, tee.String())

	short := make([]byte, 8)
	k, err := io.ReadFull(strings.NewReader("abc"), short)
	fmt.Println("ReadFull short:", k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), short)
	fmt.Println("ReadFull empty:", k, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), short, 4)
	fmt.Printf("ReadAtLeast: %d %q %v\n", k, short[:k], err)

	sr := io.NewSectionReader(strings.NewReader("Hello, section reader!"), 7, 7)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("section: %q size=%d\n", sec, sr.Size())

	mr := io.MultiReader(strings.NewReader("a-"), strings.NewReader("b-"), strings.NewReader("c"))
	all, _ := io.ReadAll(mr)
	fmt.Println("multireader:", string(all))

	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(pw, "message %d: %s\n", i, strings.Repeat("*", i))
		}
	}()
	cw2 := &countingWriter{}
	copied, err := io.Copy(io.MultiWriter(os.Stdout, cw2), pr)
	fmt.Println("pipe copied", copied, "bytes,", cw2.lines, "lines, err:", err)

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(pr2)
	fmt.Printf("pipe with error: %q err=%v\n", data, err)

	done := make(chan int)
	pr3, pw3 := io.Pipe()
	go func() {
		total := 0
		chunk := make([]byte, 4)
		for {
			m, err := pr3.Read(chunk)
			total += m
			if err != nil {
				break
			}
		}
		done <- total
	}()
	for i := range 3 {
		fmt.Fprintf(pw3, "row-%d|", i)
	}
	pw3.Close()
	fmt.Println("consumer goroutine read", <-done, "bytes")

	discarded, _ := io.CopyN(io.Discard, strings.NewReader(strings.Repeat("x", 100)), 42)
	fmt.Println("discarded", discarded)
	var sb strings.Builder
	nw, _ := io.CopyBuffer(&sb, strings.NewReader("small buffer copy"), make([]byte, 4))
	fmt.Println("CopyBuffer:", nw, sb.String())
}
