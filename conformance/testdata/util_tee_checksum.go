package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
)

// countingWriter counts bytes and lines that pass through it.
type countingWriter struct {
	bytes, lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

const payload = `first line of the document
second line, with some punctuation!
third line
the end
`

func main() {
	sha := sha256.New()
	crc := crc32.NewIEEE()
	counter := &countingWriter{}
	var copyBuf bytes.Buffer

	// Everything read from src is mirrored into the hashes and the counter.
	src := io.TeeReader(strings.NewReader(payload), io.MultiWriter(sha, crc, counter))

	var upper bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&copyBuf, upperWriter{&upper}), src)
	if err != nil {
		fmt.Println("copy failed:", err)
		return
	}
	fmt.Printf("copied %d bytes (%d lines)\n", n, counter.lines)
	fmt.Println("sha256:", hex.EncodeToString(sha.Sum(nil)))
	fmt.Printf("crc32:  %08x\n", crc.Sum32())
	fmt.Println("matches direct sum:", hex.EncodeToString(sha.Sum(nil)) == fmt.Sprintf("%x", sha256.Sum256([]byte(payload))))

	fmt.Print(upper.String())

	// Read back line by line with bufio, numbering as we go.
	sc := bufio.NewScanner(&copyBuf)
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	for i := 1; sc.Scan(); i++ {
		fmt.Fprintf(bw, "%02d| %s\n", i, sc.Text())
	}
	bw.Flush()
	fmt.Print(out.String())

	// LimitReader + SectionReader for partial reads.
	head, _ := io.ReadAll(io.LimitReader(strings.NewReader(payload), 10))
	fmt.Printf("head: %q\n", head)
	sr := io.NewSectionReader(strings.NewReader(payload), 27, 11)
	mid, _ := io.ReadAll(sr)
	fmt.Printf("section: %q\n", mid)

	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := range 3 {
			fmt.Fprintf(pw, "chunk-%d;", i)
		}
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println("piped:", string(piped))
	sum := sha256.Sum256(piped)
	fmt.Printf("sha256(piped)[:8]: %x\n", sum[:8])
}
