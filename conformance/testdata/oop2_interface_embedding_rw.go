package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(s string) error }
type Closer interface{ Close() error }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

var ErrClosed = errors.New("pipe closed")

type Pipe struct {
	buf    []string
	closed bool
}

func (p *Pipe) Write(s string) error {
	if p.closed {
		return ErrClosed
	}
	p.buf = append(p.buf, s)
	return nil
}

func (p *Pipe) Read() (string, bool) {
	if len(p.buf) == 0 {
		return "", false
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s, true
}

func (p *Pipe) Close() error { p.closed = true; return nil }

// Source only implements Reader.
type Source struct{ items []string }

func (s *Source) Read() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	v := s.items[0]
	s.items = s.items[1:]
	return v, true
}

func copyAll(dst Writer, src Reader) (n int, err error) {
	for s, ok := src.Read(); ok; s, ok = src.Read() {
		if err = dst.Write(strings.ToUpper(s)); err != nil {
			return n, err
		}
		n++
	}
	if c, ok := src.(Closer); ok {
		fmt.Printf("  source %T is also a Closer, closing\n", src)
		err = c.Close()
	}
	return n, err
}

// rot13 wraps an io.Reader, standard-library style.
type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	p1 := &Pipe{}
	n, err := copyAll(p1, &Source{items: []string{"alpha", "beta", "gamma"}})
	fmt.Println("copied", n, "err", err)

	var rwc ReadWriteCloser = &Pipe{}
	n, err = copyAll(rwc, p1)
	fmt.Println("copied", n, "err", err, "p1 closed:", p1.closed)
	err = p1.Write("late")
	fmt.Println("write after close:", err, errors.Is(err, ErrClosed))

	var rw ReadWriter = rwc
	_, isCloser := rw.(Closer)
	fmt.Printf("rw dynamic type %T, closer=%t\n", rw, isCloser)
	for s, ok := rw.Read(); ok; s, ok = rw.Read() {
		fmt.Println("  read:", s)
	}

	var sb strings.Builder
	var w io.Writer = &sb
	nn, err := io.Copy(w, rot13{strings.NewReader("Hello, Gophers!")})
	fmt.Println("rot13:", sb.String(), nn, err)
	sb.Reset()
	io.Copy(&sb, rot13{rot13{strings.NewReader("round trip")}})
	fmt.Println("twice:", sb.String())
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("strings.Builder also implements io.StringWriter")
	}
}
