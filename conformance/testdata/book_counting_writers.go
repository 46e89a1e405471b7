// Exercises 7.1-7.2: ByteCounter, WordCounter, LineCounter and CountingWriter.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (c *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), nil
}

type LineCounter int

func (c *LineCounter) Write(p []byte) (int, error) {
	*c += LineCounter(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

type countingWriter struct {
	w     io.Writer
	count int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.count += int64(n)
	return n, err
}

// CountingWriter returns a new Writer that wraps w and a pointer to
// the number of bytes written to it.
func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.count
}

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)

	var wc WordCounter
	var lc LineCounter
	text := "the quick brown fox\njumps over\n\nthe lazy dog\n"
	fmt.Fprint(&wc, text)
	fmt.Fprintf(&lc, "%s", text)
	fmt.Println("words:", wc, "lines:", lc)

	var sb strings.Builder
	w, n := CountingWriter(&sb)
	fmt.Fprintf(w, "%d-%s|", 42, "x")
	fmt.Fprintln(w, "second write")
	fmt.Printf("count=%d builder=%q\n", *n, sb.String())

	var bc ByteCounter
	var wc2 WordCounter
	mw := io.MultiWriter(&bc, &wc2)
	for i := range 3 {
		fmt.Fprintf(mw, "line %d has five words\n", i)
	}
	fmt.Println("multi:", bc, wc2)

	var iw io.Writer = &bc
	_, ok := iw.(*ByteCounter)
	_, isStringer := iw.(fmt.Stringer)
	fmt.Println(ok, isStringer)
}
