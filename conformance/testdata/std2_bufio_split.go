package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"unicode"
)

// splitComma is a bufio.SplitFunc that yields comma-separated tokens,
// trimming surrounding whitespace.
func splitComma(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

// splitSentences yields sentences ending in '.', '!' or '?'.
func splitSentences(data []byte, atEOF bool) (int, []byte, error) {
	start := 0
	for start < len(data) && unicode.IsSpace(rune(data[start])) {
		start++
	}
	for i := start; i < len(data); i++ {
		switch data[i] {
		case '.', '!', '?':
			return i + 1, data[start : i+1], nil
		}
	}
	if atEOF && start < len(data) {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

const text = `Go is expressive, concise, clean, and efficient.
Its concurrency mechanisms make it easy to write programs!
Does it compile quickly? Yes. trailing words`

func main() {
	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("line %d: %d bytes\n", n, len(lines.Bytes()))
	}

	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	count := 0
	longest := ""
	for words.Scan() {
		count++
		if w := words.Text(); len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Printf("words=%d longest=%q\n", count, longest)

	runes := bufio.NewScanner(strings.NewReader("añ€"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("rune token %q (%d bytes)\n", runes.Text(), len(runes.Bytes()))
	}

	items := bufio.NewScanner(strings.NewReader(" apple, banana ,cherry,, date "))
	items.Split(splitComma)
	var got []string
	for items.Scan() {
		got = append(got, fmt.Sprintf("[%s]", items.Text()))
	}
	fmt.Println("comma tokens:", strings.Join(got, " "))

	sentences := bufio.NewScanner(strings.NewReader(text))
	sentences.Split(splitSentences)
	for i := 1; sentences.Scan(); i++ {
		s := strings.ReplaceAll(sentences.Text(), "\n", " ")
		fmt.Printf("sentence %d: %s\n", i, s)
	}

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 16), 32)
	for small.Scan() {
	}
	fmt.Println("small buffer error:", small.Err())

	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 32)
	for i := 1; i <= 7; i++ {
		fmt.Fprintf(w, "row %d;", i)
		fmt.Printf("after row %d: buffered=%d available=%d flushed=%d\n", i, w.Buffered(), w.Available(), buf.Len())
	}
	if err := w.Flush(); err != nil {
		fmt.Println("flush error:", err)
	}
	fmt.Println("final:", buf.String())

	r := bufio.NewReader(strings.NewReader("key: value\nsecond line\n"))
	key, _ := r.ReadString(':')
	peek, _ := r.Peek(6)
	rest, _ := r.ReadString('\n')
	fmt.Printf("key=%q peek=%q rest=%q\n", key, peek, rest)

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "written through a bufio.Writer on stdout")
}
