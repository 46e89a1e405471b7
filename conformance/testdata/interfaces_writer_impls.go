package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.Bytes += n
	return n, err
}

type UpperWriter struct{ W io.Writer }

func (u UpperWriter) Write(p []byte) (int, error) {
	return u.W.Write([]byte(strings.ToUpper(string(p))))
}

type Discard struct{}

func (Discard) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	cw := &CountingWriter{W: os.Stdout}
	fmt.Fprintln(cw, "hello, writer")
	fmt.Fprintf(cw, "%d-%s\n", 42, "x")
	fmt.Println("bytes:", cw.Bytes)
	var w io.Writer = UpperWriter{cw}
	fmt.Fprintln(w, "shout this")
	fmt.Println("bytes:", cw.Bytes)
	var sb strings.Builder
	mw := io.MultiWriter(&sb, Discard{}, UpperWriter{&sb})
	io.WriteString(mw, "ab")
	fmt.Println(sb.String())
	writers := []io.Writer{cw, w, Discard{}, &sb}
	for _, wr := range writers {
		_, isStringer := wr.(fmt.Stringer)
		_, isSW := wr.(io.StringWriter)
		fmt.Printf("%T stringer=%v stringwriter=%v\n", wr, isStringer, isSW)
	}
	n, err := io.Copy(cw, strings.NewReader("copied\n"))
	fmt.Println(n, err, cw.Bytes)
}
