package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// splitSentences yields sentences terminated by '.', '!' or '?', trimmed.
func splitSentences(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexAny(data, ".!?"); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i+1]), nil
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

// splitOn returns a split function for an arbitrary separator string.
func splitOn(sep string) bufio.SplitFunc {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.Index(data, []byte(sep)); i >= 0 {
			return i + len(sep), data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	}
}

var errTooLong = errors.New("word longer than 8 bytes")

// limitedWords wraps bufio.ScanWords and fails on overly long words.
func limitedWords(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if err == nil && len(tok) > 8 {
		return 0, nil, fmt.Errorf("%w: %q", errTooLong, tok)
	}
	return adv, tok, err
}

func collect(input string, split bufio.SplitFunc, bufSize int) ([]string, error) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, bufSize), 1024)
	sc.Split(split)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

func main() {
	text := "Hello there! How are you today? I am fine. Thanks for asking\nbye"
	sentences, err := collect(text, splitSentences, 4)
	fmt.Printf("%d sentences, err=%v\n", len(sentences), err)
	for i, s := range sentences {
		fmt.Printf("  %d: %q\n", i+1, s)
	}

	fields, err := collect("alpha::beta::::gamma::delta", splitOn("::"), 3)
	fmt.Printf("%q err=%v\n", fields, err)

	runes, _ := collect("añb€😀", bufio.ScanRunes, 16)
	for _, r := range runes {
		ch, size := utf8.DecodeRuneInString(r)
		fmt.Printf("%q %U size=%d bytes=% x\n", r, ch, size, r)
	}

	words, err := collect("short words then extraordinarily long ones", limitedWords, 64)
	fmt.Printf("%q\n", words)
	fmt.Println("err:", err, "| is errTooLong:", errors.Is(err, errTooLong))

	lines, _ := collect("line one\r\nline two\n\nlast", bufio.ScanLines, 64)
	fmt.Printf("%q\n", lines)
}
