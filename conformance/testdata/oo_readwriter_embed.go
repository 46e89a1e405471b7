package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Reader and Writer are composed into ReadWriter, like io.ReadWriter.
type Reader interface{ Read(p []byte) (int, error) }
type Writer interface{ Write(p []byte) (int, error) }
type ReadWriter interface {
	Reader
	Writer
}

// Pipe is a simple FIFO byte buffer implementing ReadWriter.
type Pipe struct {
	buf    []byte
	reads  int
	writes int
}

func (p *Pipe) Write(b []byte) (int, error) {
	p.writes++
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *Pipe) Read(b []byte) (int, error) {
	p.reads++
	if len(p.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}

// UpperWriter decorates any io.Writer.
type UpperWriter struct{ W io.Writer }

func (u UpperWriter) Write(b []byte) (int, error) {
	return u.W.Write(bytes.ToUpper(b))
}

// CountingReader embeds an io.Reader and overrides Read to count.
type CountingReader struct {
	io.Reader
	Bytes  int
	Digits int
}

func (c *CountingReader) Read(b []byte) (int, error) {
	n, err := c.Reader.Read(b)
	c.Bytes += n
	for _, r := range string(b[:n]) {
		if unicode.IsDigit(r) {
			c.Digits++
		}
	}
	return n, err
}

func roundTrip(rw ReadWriter, msg string) string {
	fmt.Fprintf(rw, "%s|%d", msg, len(msg))
	out, _ := io.ReadAll(rw)
	return string(out)
}

func main() {
	p := &Pipe{}
	var rw ReadWriter = p
	var std io.ReadWriter = p // our interface and io's are interchangeable
	_ = std

	fmt.Println(roundTrip(rw, "hello"))
	fmt.Println(roundTrip(rw, "gophers 2024"))
	fmt.Printf("writes=%d reads=%d\n", p.writes, p.reads)

	var sb strings.Builder
	uw := UpperWriter{&sb}
	n, err := io.Copy(uw, strings.NewReader("mixed Case text\n"))
	fmt.Printf("copied %d err=%v -> %q\n", n, err, sb.String())

	cr := &CountingReader{Reader: strings.NewReader("room 101, floor 7, seat 42")}
	var dst bytes.Buffer
	buf := make([]byte, 4)
	n2, _ := io.CopyBuffer(&dst, cr, buf)
	fmt.Printf("copied %d bytes, counted %d, digits %d\n", n2, cr.Bytes, cr.Digits)
	fmt.Println(dst.String())

	// Interface upgrades via type assertion.
	var r io.Reader = p
	if w, ok := r.(io.Writer); ok {
		w.Write([]byte("upgraded"))
		fmt.Println("reader is also a writer; pipe now holds", len(p.buf), "bytes")
	}
	if _, ok := r.(io.Closer); !ok {
		fmt.Println("pipe is not a Closer")
	}
	var r2 io.Reader = cr
	_, isW := r2.(io.Writer)
	fmt.Println("counting reader is writer:", isW)

	// Multi-writer fan-out.
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, UpperWriter{&b})
	fmt.Fprint(mw, "fan out")
	fmt.Println(a.String(), "/", b.String())
}
