package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.WriteRune('世')
	buf.Write([]byte("界"))
	fmt.Fprintf(&buf, " %d+%d=%d", 2, 3, 5)
	fmt.Println(buf.String())
	fmt.Println("len:", buf.Len())

	first := make([]byte, 5)
	n, err := buf.Read(first)
	fmt.Printf("read %d bytes: %q err=%v\n", n, first[:n], err)
	fmt.Printf("remaining: %q\n", buf.String())

	b, _ := buf.ReadByte()
	fmt.Printf("ReadByte: %q\n", b)
	r, size, _ := buf.ReadRune()
	fmt.Printf("ReadRune: %c size=%d\n", r, size)

	rest, err := io.ReadAll(&buf)
	fmt.Printf("ReadAll: %q err=%v, now len=%d\n", rest, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println("empty read err:", err, err == io.EOF)

	lines := bytes.NewBufferString("alpha\nbeta\ngamma")
	for {
		line, err := lines.ReadString('\n')
		fmt.Printf("line=%q err=%v\n", line, err)
		if err != nil {
			break
		}
	}

	var out bytes.Buffer
	out.Grow(64)
	for i := range 3 {
		out.WriteString("row")
		out.WriteByte('0' + byte(i))
		out.WriteByte(';')
	}
	out.Truncate(out.Len() - 1)
	fmt.Println(out.String())
	out.Reset()
	fmt.Printf("after reset: %q %d\n", out.String(), out.Len())

	fmt.Println(bytes.Equal([]byte("go"), []byte("go")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("shout")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b   c ")))
	fmt.Printf("%s\n", bytes.TrimSpace([]byte("\t padded \n")))
}
