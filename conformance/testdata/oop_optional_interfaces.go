package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Sink is the required interface; Flush, Close and Name are optional extras.
type Sink interface {
	Write(p []byte) (int, error)
}

type memSink struct{ data []string }

func (m *memSink) Write(p []byte) (int, error) {
	m.data = append(m.data, string(p))
	return len(p), nil
}

type fileSink struct {
	name    string
	pending int
	closed  bool
}

func (f *fileSink) Write(p []byte) (int, error) {
	if f.closed {
		return 0, errors.New(f.name + ": write after close")
	}
	f.pending += len(p)
	return len(p), nil
}
func (f *fileSink) Flush() error { f.pending = 0; return nil }
func (f *fileSink) Name() string { return f.name }
func (f *fileSink) String() string {
	return fmt.Sprintf("file(%s pending=%d closed=%t)", f.name, f.pending, f.closed)
}
func (f *fileSink) Close() error {
	if f.closed {
		return fmt.Errorf("%s: already closed", f.name)
	}
	f.closed = true
	return nil
}

type netSink struct{ addr string }

func (n netSink) Write(p []byte) (int, error) { return len(p), nil }
func (n netSink) Close() error                { return errors.New("connection reset by peer") }

func name(s Sink) string {
	if n, ok := s.(interface{ Name() string }); ok {
		return n.Name()
	}
	return fmt.Sprintf("%T", s)
}

// shutdown flushes and closes whatever supports it, collecting errors.
func shutdown(sinks []Sink) error {
	var errs []error
	for _, s := range sinks {
		if f, ok := s.(interface{ Flush() error }); ok {
			fmt.Println("flushing", name(s), f.Flush())
		}
		if c, ok := s.(interface{ Close() error }); ok {
			if err := c.Close(); err != nil {
				errs = append(errs, fmt.Errorf("close %s: %w", name(s), err))
			}
		} else {
			fmt.Println(name(s), "is not a closer")
		}
	}
	return errors.Join(errs...)
}

func main() {
	mem := &memSink{}
	file := &fileSink{name: "app.log"}
	sinks := []Sink{mem, file, netSink{"10.0.0.1:514"}}

	for _, s := range sinks {
		fmt.Fprintf(s, "started %s", strings.Repeat("!", 2))
		_, isStringer := s.(fmt.Stringer)
		_, isIOCloser := s.(io.Closer)
		fmt.Printf("%-10s stringer=%-5t closer=%t\n", name(s), isStringer, isIOCloser)
	}
	fmt.Println(file)
	fmt.Printf("err: %v\n", shutdown(sinks))
	fmt.Println(file, mem.data)

	_, err := file.Write([]byte("x"))
	fmt.Println(err)
	err = shutdown(sinks[1:2])
	fmt.Printf("%v | %q\n", err, mem.data)
}
