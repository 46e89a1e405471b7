package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type countingWriter struct {
	writes []int
	sb     strings.Builder
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes = append(c.writes, len(p))
	return c.sb.Write(p)
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	fmt.Fprintf(out, "default buffer size: %d, available: %d\n", out.Size(), out.Available())
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(out, "line %d: %s\n", i, strings.Repeat("*", i))
	}
	fmt.Fprintf(out, "buffered bytes before flush: %d\n", out.Buffered())
	if err := out.Flush(); err != nil {
		panic(err)
	}
	fmt.Fprintf(out, "buffered after flush: %d\n", out.Buffered())

	cw := &countingWriter{}
	small := bufio.NewWriterSize(cw, 16)
	small.WriteString("hello, ")
	small.WriteString("world")
	fmt.Fprintf(out, "small: buffered=%d available=%d writes=%v\n", small.Buffered(), small.Available(), cw.writes)
	small.WriteString("! this string is longer than sixteen bytes")
	fmt.Fprintf(out, "after long write: buffered=%d writes=%v\n", small.Buffered(), cw.writes)
	small.WriteByte('\n')
	small.WriteRune('é')
	small.Flush()
	fmt.Fprintf(out, "after flush: writes=%v content=%q\n", cw.writes, cw.sb.String())

	cw2 := &countingWriter{}
	b2 := bufio.NewWriterSize(cw2, 20)
	for i := range 10 {
		fmt.Fprintf(b2, "%02d,", i)
	}
	b2.Flush()
	fmt.Fprintf(out, "chunks=%v total=%d\n", cw2.writes, cw2.sb.Len())

	b2.Reset(cw)
	b2.WriteString("reset target")
	b2.Flush()
	fmt.Fprintf(out, "reset: %q\n", cw.sb.String()[len(cw.sb.String())-12:])
	fmt.Fprintln(out, "done (flushed by defer)")
}
