package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(s string) }
type Closer interface{ Close() error }

// Interfaces composed by embedding.
type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	items  []string
	closed bool
}

func (b *Buffer) Write(s string) { b.items = append(b.items, s) }

func (b *Buffer) Read() (string, bool) {
	if len(b.items) == 0 {
		return "", false
	}
	s := b.items[0]
	b.items = b.items[1:]
	return s, true
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("buffer already closed")
	}
	b.closed = true
	return nil
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(strings.ToUpper(s))
		n++
	}
}

func main() {
	src := &Buffer{}
	var w Writer = src
	for _, word := range []string{"alpha", "beta", "gamma"} {
		w.Write(word)
	}

	var rwc ReadWriteCloser = &Buffer{}
	n := copyAll(rwc, src)
	fmt.Println("copied:", n, "items:", rwc.(*Buffer).items)

	// A wider interface converts implicitly to a narrower one.
	var rw ReadWriter = rwc
	var r Reader = rw
	first, ok := r.Read()
	fmt.Println("first:", first, ok)

	// Going from narrow to wide needs a type assertion.
	if c, ok := r.(Closer); ok {
		fmt.Println("close 1:", c.Close())
		fmt.Println("close 2:", c.Close())
	}

	// Check which interfaces a value implements.
	values := []any{src, Buffer{}, "text", rwc}
	for i, v := range values {
		_, isR := v.(Reader)
		_, isRW := v.(ReadWriter)
		_, isRWC := v.(ReadWriteCloser)
		fmt.Printf("%d %T: Reader=%v ReadWriter=%v ReadWriteCloser=%v\n", i, v, isR, isRW, isRWC)
	}
}
