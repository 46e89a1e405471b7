package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	mr := io.MultiReader(strings.NewReader("alpha "), strings.NewReader("beta "), strings.NewReader("gamma"))
	all, err := io.ReadAll(mr)
	fmt.Printf("multi: %q %v\n", all, err)

	var copyBuf bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed data"), &copyBuf)
	first := make([]byte, 4)
	n, _ := io.ReadFull(tr, first)
	fmt.Printf("tee read %d %q, copy so far %q\n", n, first, copyBuf.String())
	io.Copy(io.Discard, tr)
	fmt.Printf("tee copy %q\n", copyBuf.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println("section size:", sr.Size())
	buf := make([]byte, 3)
	n, err = sr.ReadAt(buf, 2)
	fmt.Printf("readat %d %q %v\n", n, buf[:n], err)
	pos, _ := sr.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sr)
	fmt.Printf("seek %d rest %q\n", pos, rest)
	n, err = sr.ReadAt(buf, 7)
	fmt.Printf("readat end %d %q %v\n", n, buf[:n], err)

	lr := io.LimitReader(strings.NewReader("limited reader example"), 7)
	lim, _ := io.ReadAll(lr)
	fmt.Printf("limit %q\n", lim)

	pr, pw := io.Pipe()
	go func() {
		for i := range 3 {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.CloseWithError(io.ErrUnexpectedEOF)
	}()
	piped, err := io.ReadAll(pr)
	fmt.Printf("pipe %q err=%v\n", piped, err)

	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println("write to closed pipe:", err)

	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	io.WriteString(mw, "both")
	fmt.Println("multiwriter:", w1.String(), w2.String())

	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 5))
	fmt.Println("readfull short:", err)
	n64, err := io.CopyN(io.Discard, strings.NewReader("abc"), 10)
	fmt.Println("copyn:", n64, err)
	_, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 3)
	fmt.Println("readatleast:", err)
}
