// Exercises 7.4-7.5: a string reader, a LimitReader, and a reversing reader.
package main

import (
	"fmt"
	"io"
	"strings"
)

type stringReader struct {
	s string
	i int
}

func (r *stringReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

// NewReader is our own version of strings.NewReader.
func NewReader(s string) io.Reader { return &stringReader{s: s} }

type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// LimitReader reads from r but reports EOF after n bytes.
func LimitReader(r io.Reader, n int64) io.Reader { return &limitReader{r, n} }

// reverseReader yields the runes of a string in reverse order, a few bytes at a time.
type reverseReader struct {
	runes []rune
	buf   []byte
}

func ReverseReader(s string) io.Reader {
	return &reverseReader{runes: []rune(s)}
}

func (r *reverseReader) Read(p []byte) (int, error) {
	for len(r.buf) < len(p) && len(r.runes) > 0 {
		last := r.runes[len(r.runes)-1]
		r.runes = r.runes[:len(r.runes)-1]
		r.buf = append(r.buf, string(last)...)
	}
	if len(r.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

func main() {
	b, err := io.ReadAll(NewReader("hello, reader"))
	fmt.Printf("%q %v\n", b, err)

	for _, n := range []int64{0, 5, 13, 100} {
		b, err := io.ReadAll(LimitReader(NewReader("hello, reader"), n))
		fmt.Printf("limit %3d: %q %v\n", n, b, err)
	}

	buf := make([]byte, 3)
	r := ReverseReader("Hello, 世界!")
	var chunks []string
	for {
		n, err := r.Read(buf)
		if n > 0 {
			chunks = append(chunks, fmt.Sprintf("%q", buf[:n]))
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Println(strings.Join(chunks, " "))

	all, _ := io.ReadAll(LimitReader(ReverseReader("abcdefghij"), 4))
	fmt.Printf("%s\n", all)
	var sb strings.Builder
	n, err := io.Copy(&sb, ReverseReader("racecar? no: stressed"))
	fmt.Println(n, err, sb.String())
}
