package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// rot13Reader decodes the bytes of the wrapped reader as they are read.
type rot13Reader struct{ r io.Reader }

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := range p[:n] {
		p[i] = rot13(p[i])
	}
	return n, err
}

// upperWriter upper-cases everything before passing it on.
type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

// countingWriter counts bytes, lines and letters written through it.
type countingWriter struct {
	w                    io.Writer
	Bytes, Lines, Writes int
	Letters              map[string]int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.Writes++
	c.Bytes += len(p)
	for _, r := range string(p) {
		if r == '\n' {
			c.Lines++
		} else if unicode.IsLetter(r) {
			c.Letters[string(unicode.ToLower(r))]++
		}
	}
	return c.w.Write(p)
}

// oneByteReader forces many small reads, like a slow network stream.
type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	secret := "Uryyb, Tbcure!\nTb vf sha.\nNOP nop 123\n"
	var out strings.Builder
	counter := &countingWriter{w: &out, Letters: map[string]int{}}

	n, err := io.Copy(upperWriter{counter}, rot13Reader{strings.NewReader(secret)})
	fmt.Printf("copied %d bytes, err=%v\n", n, err)
	fmt.Print(out.String())
	fmt.Printf("bytes=%d lines=%d letters[o]=%d\n", counter.Bytes, counter.Lines, counter.Letters["o"])

	sc := bufio.NewScanner(rot13Reader{oneByteReader{strings.NewReader(secret)}})
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("%d: %q\n", i, sc.Text())
	}

	var buf strings.Builder
	cw := &countingWriter{w: &buf, Letters: map[string]int{}}
	bw := bufio.NewWriterSize(upperWriter{cw}, 16)
	for _, word := range []string{"alpha ", "beta ", "gamma ", "delta\n"} {
		fmt.Fprint(bw, word)
	}
	fmt.Printf("before flush: %q writes=%d\n", buf.String(), cw.Writes)
	fmt.Println(bw.Flush())
	fmt.Printf("after flush: %q writes=%d bytes=%d\n", buf.String(), cw.Writes, cw.Bytes)
	fmt.Println(cw.Letters)

	var rw io.Writer = upperWriter{io.Discard}
	_, isCloser := rw.(io.Closer)
	fmt.Printf("%T closer=%t\n", rw, isCloser)
}
