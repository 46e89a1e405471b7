package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// upperReader upper-cases everything read through it.
type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

// countingWriter counts bytes and lines written through it.
type countingWriter struct {
	bytes, lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

// slowReader returns at most 3 bytes per Read call.
type slowReader struct{ r io.Reader }

func (s slowReader) Read(p []byte) (int, error) {
	if len(p) > 3 {
		p = p[:3]
	}
	return s.r.Read(p)
}

func main() {
	src := "first line\nsecond line\nthird line\n"

	var copyBuf bytes.Buffer
	n, err := io.Copy(&copyBuf, upperReader{strings.NewReader(src)})
	fmt.Printf("copied %d bytes err=%v: %q\n", n, err, copyBuf.String())

	var mirror bytes.Buffer
	counter := &countingWriter{}
	tee := io.TeeReader(strings.NewReader(src), &mirror)
	n, _ = io.Copy(counter, tee)
	fmt.Printf("tee: copied=%d counted bytes=%d lines=%d mirror equal=%v\n",
		n, counter.bytes, counter.lines, mirror.String() == src)

	limited, _ := io.ReadAll(io.LimitReader(strings.NewReader(src), 15))
	fmt.Printf("limit 15: %q\n", limited)

	multi := io.MultiReader(strings.NewReader("alpha "), strings.NewReader("beta "), strings.NewReader("gamma"))
	all, _ := io.ReadAll(multi)
	fmt.Printf("multi: %q\n", all)

	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprintf(mw, "to both %d", 2)
	fmt.Println("multiwriter:", w1.String(), "|", w2.String())

	sec := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 6)
	part, _ := io.ReadAll(sec)
	b := make([]byte, 3)
	sec.ReadAt(b, 2)
	fmt.Printf("section: %q size=%d readAt(2)=%q\n", part, sec.Size(), b)

	full := make([]byte, 8)
	got, err := io.ReadFull(slowReader{strings.NewReader("abcdefghij")}, full)
	fmt.Printf("ReadFull through slow reader: %d %q err=%v\n", got, full, err)
	got, err = io.ReadFull(strings.NewReader("abc"), full)
	fmt.Printf("ReadFull short: %d err=%v unexpectedEOF=%v\n", got, err, errors.Is(err, io.ErrUnexpectedEOF))
	got, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 4)
	fmt.Printf("ReadAtLeast 4: %d err=%v\n", got, err)

	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriter(pw)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(bw, "record %d: %s\n", i, strings.Repeat("*", i))
		}
		bw.Flush()
		pw.CloseWithError(errors.New("producer finished early"))
	}()
	hasher := sha256.New()
	sc := bufio.NewScanner(io.TeeReader(pr, hasher))
	for sc.Scan() {
		fmt.Println("pipe got:", sc.Text())
	}
	fmt.Println("pipe scanner err:", sc.Err())
	fmt.Printf("pipe sha256 prefix: %x\n", hasher.Sum(nil)[:8])

	pr2, pw2 := io.Pipe()
	done := make(chan int64)
	go func() {
		n, _ := io.Copy(io.Discard, pr2)
		done <- n
	}()
	for _, word := range strings.FieldsFunc("one,two;three four", func(r rune) bool { return !unicode.IsLetter(r) }) {
		io.WriteString(pw2, word)
	}
	pw2.Close()
	fmt.Println("discarded bytes:", <-done)

	_, err = pw2.Write([]byte("late"))
	fmt.Println("write after close:", err)
}
