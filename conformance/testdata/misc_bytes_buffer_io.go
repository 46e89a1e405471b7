package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	fmt.Fprintf(&buf, "%d", 42)
	fmt.Println(buf.String(), buf.Len())
	n, _ := io.Copy(upperWriter{os.Stdout}, strings.NewReader("shout\n"))
	fmt.Println(n)
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 3))
	fmt.Println(string(data))
	mw := io.MultiWriter(os.Stdout, &buf)
	fmt.Fprintln(mw, "twice")
	fmt.Print(buf.String())
}
