package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var in bytes.Buffer
	in.WriteString("first line\nsecond line\nthird,with,commas\nlast")
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(&in), bufio.NewWriterSize(&out, 16))

	line, err := rw.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", line, err)
	b, isPrefix, err := rw.ReadLine()
	fmt.Printf("ReadLine %q %v %v\n", b, isPrefix, err)
	peek, _ := rw.Peek(5)
	fmt.Printf("Peek %q buffered=%d\n", peek, rw.Reader.Buffered())
	field, _ := rw.ReadBytes(',')
	fmt.Printf("ReadBytes %q\n", field)
	r, size, _ := rw.ReadRune()
	fmt.Printf("ReadRune %q %d\n", r, size)
	rw.UnreadRune()
	rest, err := io.ReadAll(rw)
	fmt.Printf("rest %q %v\n", rest, err)

	fmt.Fprintf(rw, "%s=%d;", "x", 10)
	rw.WriteString("short")
	fmt.Println("before flush:", out.Len(), "buffered:", rw.Writer.Buffered(), "avail:", rw.Available())
	rw.WriteRune('é')
	rw.WriteByte('!')
	fmt.Println("after overflow:", out.Len())
	rw.Flush()
	fmt.Printf("after flush: %q\n", out.String())

	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println("words:", words, sc.Err())

	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("runes:", n)

	br := bufio.NewReader(strings.NewReader("abc"))
	_, err = br.ReadString('z')
	fmt.Println("missing delim:", err)
}
