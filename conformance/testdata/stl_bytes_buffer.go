package main

import (
	"bytes"
	"fmt"
	"io"
)

type record struct {
	id   int
	name string
}

func encode(recs []record) *bytes.Buffer {
	var buf bytes.Buffer
	for _, r := range recs {
		fmt.Fprintf(&buf, "%d:%s\n", r.id, r.name)
	}
	return &buf
}

func main() {
	recs := []record{{1, "alpha"}, {2, "beta"}, {3, "gamma"}, {4, "delta"}}
	buf := encode(recs)
	fmt.Println("buffer len:", buf.Len())
	for {
		line, err := buf.ReadString('\n')
		if err == io.EOF {
			break
		}
		fmt.Printf("read line %q, remaining %d\n", line, buf.Len())
	}

	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!!"))
	fmt.Printf("buffer: %q len=%d\n", b.String(), b.Len())
	b.Truncate(5)
	fmt.Printf("truncated: %q\n", b.String())
	p := make([]byte, 3)
	n, _ := b.Read(p)
	fmt.Printf("read %d bytes %q, left %q\n", n, p[:n], b.String())
	next := b.Next(1)
	fmt.Printf("next %q, left %q\n", next, b.String())
	b.Reset()
	fmt.Println("after reset len:", b.Len())

	data := []byte("  Go,is,Fun,and,go,is,FAST  ")
	trimmed := bytes.TrimSpace(data)
	fmt.Printf("trimmed: %s\n", trimmed)
	fields := bytes.Split(trimmed, []byte(","))
	fmt.Println("fields:", len(fields))
	for i, f := range fields {
		fmt.Printf("  [%d] %-4s eqfold(go)=%v\n", i, f, bytes.EqualFold(f, []byte("go")))
	}
	fmt.Println("count is:", bytes.Count(trimmed, []byte("is")))
	fmt.Println("index Fun:", bytes.Index(trimmed, []byte("Fun")))
	fmt.Printf("upper: %s\n", bytes.ToUpper(trimmed))
	fmt.Printf("join: %s\n", bytes.Join(fields[:3], []byte(" | ")))
	fmt.Println("equal:", bytes.Equal([]byte("abc"), []byte("abc")), "compare:", bytes.Compare([]byte("abc"), []byte("abd")))
	fmt.Printf("replace: %s\n", bytes.ReplaceAll(trimmed, []byte(","), []byte(" ")))
	fmt.Println("has prefix Go:", bytes.HasPrefix(trimmed, []byte("Go")))
	fmt.Printf("fields: %q\n", bytes.Fields([]byte(" a  b\tc\n")))

	before, after, ok := bytes.Cut([]byte("user@example.com"), []byte("@"))
	fmt.Printf("cut: %s %s %v\n", before, after, ok)

	r := bytes.NewReader([]byte("0123456789"))
	if _, err := r.Seek(4, io.SeekStart); err != nil {
		fmt.Println("seek error:", err)
	}
	rest, _ := io.ReadAll(r)
	fmt.Printf("reader from 4: %s (size %d)\n", rest, r.Size())

	var out bytes.Buffer
	out.Grow(64)
	for i := range 3 {
		fmt.Fprint(&out, i, ";")
	}
	fmt.Println("grown buffer:", out.String(), "cap >= 64:", out.Cap() >= 64)
	wt, _ := out.WriteTo(io.Discard)
	fmt.Println("WriteTo discarded", wt, "bytes, left", out.Len())
}
