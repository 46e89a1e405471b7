package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// hexDump renders data in the classic offset / hex / ASCII layout.
func hexDump(data []byte) string {
	var buf bytes.Buffer
	for off := 0; off < len(data); off += 16 {
		chunk := data[off:min(off+16, len(data))]
		fmt.Fprintf(&buf, "%08x  ", off)
		for i := range 16 {
			if i < len(chunk) {
				fmt.Fprintf(&buf, "%02x ", chunk[i])
			} else {
				buf.WriteString("   ")
			}
			if i == 7 {
				buf.WriteByte(' ')
			}
		}
		buf.WriteString(" |")
		for _, c := range chunk {
			if c >= 0x20 && c < 0x7f {
				buf.WriteByte(c)
			} else {
				buf.WriteByte('.')
			}
		}
		buf.WriteString("|\n")
	}
	return buf.String()
}

// table renders rows using box-drawing characters and rune-aware widths.
func table(header []string, rows [][]string) string {
	widths := make([]int, len(header))
	for _, r := range append([][]string{header}, rows...) {
		for i, cell := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	var sb strings.Builder
	line := func(l, m, r string) {
		sb.WriteString(l)
		for i, w := range widths {
			sb.WriteString(strings.Repeat("─", w+2))
			if i < len(widths)-1 {
				sb.WriteString(m)
			}
		}
		sb.WriteString(r + "\n")
	}
	row := func(cells []string) {
		sb.WriteString("│")
		for i, c := range cells {
			sb.WriteString(" " + c + strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)) + " │")
		}
		sb.WriteString("\n")
	}
	line("┌", "┬", "┐")
	row(header)
	line("├", "┼", "┤")
	for _, r := range rows {
		row(r)
	}
	line("└", "┴", "┘")
	return sb.String()
}

func main() {
	fmt.Print(hexDump([]byte("Hello, Gopher!\nUTF-8: héllo → 世界\x00\x01\x7f")))

	fmt.Print(table(
		[]string{"name", "city", "score"},
		[][]string{{"Zoë", "Zürich", "9.5"}, {"Bob", "Ōsaka", "7"}, {"Ana-María", "São Paulo", "10"}},
	))

	// bytes.Buffer as a reader/writer queue.
	var q bytes.Buffer
	q.WriteString("alpha\nbeta\ngamma")
	q.WriteRune('…')
	q.WriteByte('\n')
	fmt.Printf("buffered %d bytes\n", q.Len())
	for {
		line, err := q.ReadString('\n')
		fmt.Printf("  read %q err=%v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	q.WriteString("0123456789")
	q.Truncate(4)
	next := q.Next(2)
	fmt.Printf("after truncate/next: next=%q rest=%q\n", next, q.String())

	// strings.Builder growth and reuse.
	var sb strings.Builder
	sb.Grow(64)
	for i := range 5 {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d²=%d", i, i*i)
	}
	fmt.Println(sb.String(), "len:", sb.Len())
	sb.Reset()
	sb.WriteString("reset ok")
	fmt.Println(sb.String())

	// bytes helpers.
	data := []byte("  key = value ; other=thing  ")
	fields := bytes.FieldsFunc(data, func(r rune) bool { return r == ';' })
	for _, f := range fields {
		k, v, _ := bytes.Cut(bytes.TrimSpace(f), []byte("="))
		fmt.Printf("  %s -> %s\n", bytes.TrimSpace(k), bytes.ToUpper(bytes.TrimSpace(v)))
	}
	fmt.Println("equal:", bytes.Equal([]byte("go"), []byte("go")), bytes.Compare([]byte("a"), []byte("b")))
}
