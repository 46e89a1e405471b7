package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read(p []byte) (int, error) }
type Writer interface{ Write(p []byte) (int, error) }
type Closer interface{ Close() error }

// ReadWriter and ReadWriteCloser are built by embedding smaller interfaces.
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

// Pipe is an in-memory FIFO buffer implementing all three.
type Pipe struct {
	buf    []byte
	closed bool
}

var ErrClosed = errors.New("pipe closed")

func (p *Pipe) Write(b []byte) (int, error) {
	if p.closed {
		return 0, ErrClosed
	}
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *Pipe) Read(b []byte) (int, error) {
	if len(p.buf) == 0 {
		if p.closed {
			return 0, io.EOF
		}
		return 0, nil
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}

func (p *Pipe) Close() error {
	if p.closed {
		return ErrClosed
	}
	p.closed = true
	return nil
}

func (p *Pipe) String() string {
	return fmt.Sprintf("Pipe(%d buffered, closed=%t)", len(p.buf), p.closed)
}

func echo(rw ReadWriter, msg string) string {
	fmt.Fprint(rw, msg)
	b := make([]byte, 4)
	var sb strings.Builder
	for n, _ := rw.Read(b); n > 0; n, _ = rw.Read(b) {
		sb.Write(b[:n])
	}
	return sb.String()
}

func main() {
	p := &Pipe{}
	var rwc ReadWriteCloser = p
	var rw ReadWriter = rwc
	var w Writer = rw

	fmt.Printf("%q\n", echo(rw, "hello, interfaces"))
	w.Write([]byte("pending"))
	fmt.Println(p)

	fmt.Println(rwc.Close(), rwc.Close())
	_, err := w.Write([]byte("late"))
	fmt.Println(err, errors.Is(err, ErrClosed))

	data, err := io.ReadAll(rwc)
	fmt.Printf("%q %v %v\n", data, err, p)

	_, isStd := w.(io.ReadWriteCloser)
	_, isCloser := any(strings.NewReader("x")).(Closer)
	fmt.Println("pipe is io.ReadWriteCloser:", isStd, "| strings.Reader is Closer:", isCloser)

	var r Reader = rw
	if c, ok := r.(ReadWriteCloser); ok {
		fmt.Printf("upgraded %T to ReadWriteCloser: %v\n", r, c)
	}
	fmt.Printf("%T %T\n", (*ReadWriter)(nil), (*ReadWriteCloser)(nil))
}
