package main

import (
	"errors"
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string) int
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	items   []string
	closed  bool
	written int
}

func (b *Buffer) Read() (string, bool) {
	if len(b.items) == 0 {
		return "", false
	}
	s := b.items[0]
	b.items = b.items[1:]
	return s, true
}

func (b *Buffer) Write(s string) int {
	b.items = append(b.items, s)
	b.written += len(s)
	return len(s)
}

func (b *Buffer) Close() error {
	if b.closed {
		return errors.New("buffer already closed")
	}
	b.closed = true
	return nil
}

// upperWriter embeds an interface and overrides one of its methods.
type upperWriter struct{ Writer }

func (u upperWriter) Write(s string) int { return u.Writer.Write(strings.ToUpper(s)) }

func copyAll(dst Writer, src Reader) (n int) {
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		n += dst.Write(s)
	}
}

func describe(v any) {
	_, r := v.(Reader)
	_, w := v.(Writer)
	_, c := v.(Closer)
	_, rw := v.(ReadWriter)
	_, rwc := v.(ReadWriteCloser)
	fmt.Printf("%-18T R=%-5t W=%-5t C=%-5t RW=%-5t RWC=%t\n", v, r, w, c, rw, rwc)
}

func main() {
	src := &Buffer{items: []string{"go", "is", "fun"}}
	dst := &Buffer{}
	n := copyAll(upperWriter{dst}, src)
	fmt.Println("copied bytes:", n, "items:", dst.items, "written:", dst.written)

	describe(src)
	describe(upperWriter{dst})
	describe(Buffer{})
	describe(struct{ Reader }{src})

	var rwc ReadWriteCloser = dst
	var r Reader = rwc
	if c, ok := r.(Closer); ok {
		fmt.Println("first close:", c.Close())
		fmt.Println("second close:", c.Close())
	}

	var w Writer = upperWriter{rwc}
	w.Write("tail")
	for {
		s, ok := r.Read()
		if !ok {
			break
		}
		fmt.Printf("read %q\n", s)
	}

	var empty upperWriter
	func() {
		defer func() {
			fmt.Println("recovered:", recover() != nil)
		}()
		empty.Write("boom")
	}()

	writers := []Writer{dst, upperWriter{dst}, upperWriter{upperWriter{dst}}}
	for i, wr := range writers {
		wr.Write(fmt.Sprintf("w%d", i))
	}
	fmt.Println("final items:", dst.items)
}
