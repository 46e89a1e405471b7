package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Source interface {
	io.Reader
	Name() string
}

type Resetter interface{ Reset() error }

type SourceCloser interface {
	Source
	io.Closer
}

type memSource struct {
	name string
	r    *strings.Reader
}

func (m *memSource) Read(p []byte) (int, error) { return m.r.Read(p) }
func (m *memSource) Name() string               { return m.name }

type fileLike struct {
	memSource
	closed bool
}

func (f *fileLike) Close() error {
	if f.closed {
		return fmt.Errorf("%s: already closed", f.name)
	}
	f.closed = true
	return nil
}

func (f *fileLike) Reset() error {
	if f.closed {
		return errors.New("reset after close")
	}
	f.r.Seek(0, io.SeekStart)
	return nil
}

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

func consume(src Source) (string, error) {
	cr := &countingReader{Reader: src}
	data, err := io.ReadAll(cr)
	if err != nil {
		return "", err
	}
	if c, ok := src.(io.Closer); ok {
		if err := c.Close(); err != nil {
			return "", fmt.Errorf("close %s: %w", src.Name(), err)
		}
		fmt.Printf("  closed %s\n", src.Name())
	} else {
		fmt.Printf("  %s (%T) has no Close\n", src.Name(), src)
	}
	return fmt.Sprintf("%d bytes: %q", cr.n, data), nil
}

func main() {
	file := &fileLike{memSource: memSource{"file", strings.NewReader("line1\nline2")}}
	sources := []Source{&memSource{"mem", strings.NewReader("hello")}, file}
	for _, s := range sources {
		out, err := consume(s)
		fmt.Printf("%s: %s err=%v\n", s.Name(), out, err)
		_, isSC := s.(SourceCloser)
		_, isRes := s.(Resetter)
		fmt.Printf("  SourceCloser=%t Resetter=%t\n", isSC, isRes)
	}
	if r, ok := sources[1].(Resetter); ok {
		fmt.Println("reset:", r.Reset())
	}
	out, err := consume(file)
	fmt.Println("again:", out, "|", err)
	switch v := io.Reader(file).(type) {
	case SourceCloser:
		fmt.Printf("switch: SourceCloser %q closed=%t\n", v.Name(), file.closed)
	case Source:
		fmt.Println("switch: plain Source", v.Name())
	}
}
