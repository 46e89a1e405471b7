package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitStatements splits on ';' that are not inside single-quoted strings.
func splitStatements(data []byte, atEOF bool) (int, []byte, error) {
	inQuote := false
	for i, b := range data {
		switch {
		case b == '\'':
			inQuote = !inQuote
		case b == ';' && !inQuote:
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	if atEOF {
		return len(data), nil, nil
	}
	return 0, nil, nil // request more data
}

// splitSentences ends a token after '.', '!' or '?' followed by space or EOF.
func splitSentences(data []byte, atEOF bool) (int, []byte, error) {
	start := 0
	for start < len(data) {
		r, w := utf8.DecodeRune(data[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += w
	}
	for i := start; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		i += w
		if strings.ContainsRune(".!?", r) {
			if i == len(data) && !atEOF {
				return 0, nil, nil
			}
			if i == len(data) || data[i] == ' ' || data[i] == '\n' {
				return i, data[start:i], nil
			}
		}
	}
	if atEOF && start < len(data) {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

func run(name string, input string, split bufio.SplitFunc, bufSize int) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	if bufSize > 0 {
		sc.Buffer(make([]byte, 0, bufSize), bufSize)
	}
	fmt.Printf("-- %s --\n", name)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%2d: %q\n", n, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
}

func main() {
	sql := "INSERT INTO t VALUES ('a;b'); SELECT * FROM t;\n  UPDATE t SET x = 'it''s';  DELETE FROM t"
	run("statements", sql, splitStatements, 0)
	run("statements, tiny buffer", sql, splitStatements, 16)

	prose := "Dr. Who arrived. Was it late?  Nobody knew!  The end… or is it"
	run("sentences", prose, splitSentences, 0)

	run("runes", "añ€😀", bufio.ScanRunes, 0)
	run("words", "  tabs\tand\nnewlines   mixed  ", bufio.ScanWords, 0)

	// Count lines including a final line without newline and an empty line.
	sc := bufio.NewScanner(strings.NewReader("first\n\nthird\r\nlast"))
	var lens []int
	for sc.Scan() {
		lens = append(lens, len(sc.Bytes()))
	}
	fmt.Println("line lengths:", lens)
}
