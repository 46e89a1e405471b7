package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times,
it was the worst of times,
it was the age of wisdom,
it was the age of foolishness...

The end.`

type wordCount struct {
	word  string
	count int
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%2d (%2d bytes) |%s\n", n, len(sc.Bytes()), sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}

	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for ws.Scan() {
		w := strings.ToLower(strings.Trim(ws.Text(), ".,"))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	var list []wordCount
	for w, c := range freq {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("total words:", total, "distinct:", len(list))
	for _, e := range list[:6] {
		fmt.Printf("  %-8s %d\n", e.word, e.count)
	}

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Printf("runes: %q\n", runes)

	cs := bufio.NewScanner(strings.NewReader("10,20,,30,40"))
	cs.Split(commaSplit)
	for cs.Scan() {
		fmt.Printf("token %q\n", cs.Text())
	}

	long := strings.Repeat("x", 100)
	small := bufio.NewScanner(strings.NewReader(long))
	small.Buffer(make([]byte, 16), 32)
	tokens := 0
	for small.Scan() {
		tokens++
	}
	fmt.Println("small buffer tokens:", tokens, "err:", small.Err())

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	fmt.Fprintf(bw, "buffered %d", 42)
	fmt.Println("before flush:", sb.Len(), "buffered:", bw.Buffered())
	if err := bw.Flush(); err != nil {
		fmt.Println("flush error:", err)
	}
	fmt.Println("after flush:", sb.String())

	br := bufio.NewReader(strings.NewReader("first line\nsecond"))
	l1, _ := br.ReadString('\n')
	peek, _ := br.Peek(3)
	fmt.Printf("read %q, peek %q\n", l1, peek)
	rest, err := br.ReadString('\n')
	fmt.Printf("rest %q, err %v\n", rest, err)
}
