package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"unicode"
)

// countingWriter records how much passed through it.
type countingWriter struct {
	bytes, lines, writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

// upperWriter upper-cases text before handing it on.
type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

// quotaWriter fails once a byte budget is exhausted, like a full disk.
type quotaWriter struct {
	w    io.Writer
	left int
}

var errNoSpace = errors.New("no space left on device")

func (q *quotaWriter) Write(p []byte) (int, error) {
	if len(p) > q.left {
		n, _ := q.w.Write(p[:q.left])
		q.left = 0
		return n, errNoSpace
	}
	q.left -= len(p)
	return q.w.Write(p)
}

func main() {
	// 1. Fan a report out to a buffer, a counter and a hash at once.
	var report bytes.Buffer
	counter := &countingWriter{}
	digest := sha256.New()
	w := io.MultiWriter(&report, counter, digest)
	fmt.Fprintln(w, "mount table")
	for i, m := range []string{"/dev/sda1 /", "/dev/sda2 /home", "tmpfs /tmp"} {
		fmt.Fprintf(w, "%d\t%s\n", i, m)
	}
	io.WriteString(w, "end\n")
	fmt.Print(report.String())
	fmt.Printf("writes=%d bytes=%d lines=%d sha256=%x...\n", counter.writes, counter.bytes, counter.lines, digest.Sum(nil)[:8])

	// 2. TeeReader: checksum the raw stream while copying a transformed one.
	src := strings.NewReader("kernel: eth0 up\nkernel: disk ok\n")
	crc := crc32.NewIEEE()
	var shouted strings.Builder
	n, err := io.Copy(upperWriter{&shouted}, io.TeeReader(src, crc))
	fmt.Printf("copied=%d err=%v crc(raw)=%08x\n%s", n, err, crc.Sum32(), shouted.String())
	fmt.Println("crc matches one-shot:", crc.Sum32() == crc32.ChecksumIEEE([]byte("kernel: eth0 up\nkernel: disk ok\n")))

	// 3. A failing writer inside MultiWriter stops the whole write.
	var small bytes.Buffer
	tail := &countingWriter{}
	mw := io.MultiWriter(&quotaWriter{w: &small, left: 20}, tail)
	for i := range 4 {
		k, err := fmt.Fprintf(mw, "record-%02d;", i)
		fmt.Printf("write %d: n=%d err=%v\n", i, k, err)
		if errors.Is(err, errNoSpace) {
			break
		}
	}
	fmt.Printf("stored=%q tail saw %d bytes\n", small.String(), tail.bytes)

	// 4. Counting how much of a reader a consumer actually used.
	words := 0
	cw := &countingWriter{}
	r := io.TeeReader(strings.NewReader("alpha beta  gamma\ndelta"), cw)
	data, _ := io.ReadAll(r)
	inWord := false
	for _, c := range string(data) {
		if unicode.IsSpace(c) {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	fmt.Printf("words=%d bytes=%d lines=%d\n", words, cw.bytes, cw.lines)
}
