package main

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const configText = `# storage daemon config
[server]
host = files.internal
port = 8080
listen_queue=128

[limits]
max_open = 1024   ; inline comment
allowed_exts = .log, .dat ,.idx,
[server]
port = 9090
this line is broken
[cache
`

type config map[string]map[string]string

func parse(text string) (config, []string) {
	cfg := config{}
	var problems []string
	section := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for lineNo := 1; sc.Scan(); lineNo++ {
		line := sc.Text()
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "["):
			name, ok := strings.CutSuffix(line[1:], "]")
			if !ok {
				problems = append(problems, fmt.Sprintf("line %d: unterminated section %q", lineNo, line))
				continue
			}
			section = name
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			key, val, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				problems = append(problems, fmt.Sprintf("line %d: expected key = value, got %q", lineNo, line))
				continue
			}
			key = strings.TrimSpace(key)
			if old, dup := cfg[section][key]; dup {
				problems = append(problems, fmt.Sprintf("line %d: %s.%s overrides %q", lineNo, section, key, old))
			}
			cfg[section][key] = strings.TrimSpace(val)
		}
	}
	return cfg, problems
}

// scanCommaList is a bufio.SplitFunc yielding trimmed, non-empty comma-separated items.
func scanCommaList(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for start := 0; start < len(data); {
		i := bytes.IndexByte(data[start:], ',')
		if i < 0 {
			if !atEOF {
				return start, nil, nil
			}
			if tok := bytes.TrimSpace(data[start:]); len(tok) > 0 {
				return len(data), tok, nil
			}
			return len(data), nil, nil
		}
		if tok := bytes.TrimSpace(data[start : start+i]); len(tok) > 0 {
			return start + i + 1, tok, nil
		}
		start += i + 1
	}
	return 0, nil, nil
}

func main() {
	cfg, problems := parse(configText)
	for _, sec := range slices.Sorted(maps.Keys(cfg)) {
		fmt.Printf("[%s]\n", sec)
		for _, k := range slices.Sorted(maps.Keys(cfg[sec])) {
			fmt.Printf("  %-13s = %q\n", k, cfg[sec][k])
		}
	}
	for _, p := range problems {
		fmt.Println("warning:", p)
	}

	exts := bufio.NewScanner(strings.NewReader(cfg["limits"]["allowed_exts"]))
	exts.Split(scanCommaList)
	var list []string
	for exts.Scan() {
		list = append(list, exts.Text())
	}
	fmt.Printf("allowed_exts -> %q\n", list)

	words := bufio.NewScanner(strings.NewReader("mount  -t tmpfs\tnone /mnt"))
	words.Split(bufio.ScanWords)
	var argv []string
	for words.Scan() {
		argv = append(argv, words.Text())
	}
	fmt.Printf("argv=%q\n", argv)

	// bufio.Reader: peek at a magic number, then read runes and lines.
	br := bufio.NewReaderSize(strings.NewReader("#!/bin/sh\nécho ok\nlast"), 16)
	magic, _ := br.Peek(2)
	fmt.Printf("peek=%q buffered=%d\n", magic, br.Buffered())
	shebang, _ := br.ReadString('\n')
	r, size, _ := br.ReadRune()
	br.UnreadRune()
	rest, _ := br.ReadString('\n')
	last, err := br.ReadString('\n')
	fmt.Printf("shebang=%q rune=%q size=%d rest=%q last=%q err=%v\n", shebang, r, size, rest, last, err)

	// bufio.Writer: small buffer, watch it fill and flush.
	var out strings.Builder
	bw := bufio.NewWriterSize(&out, 16)
	for _, chunk := range []string{"sync ", "sync ", "sync ", "halt"} {
		bw.WriteString(chunk)
		fmt.Printf("wrote %-6q buffered=%2d available=%2d flushed=%q\n", chunk, bw.Buffered(), bw.Available(), out.String())
	}
	bw.Flush()
	fmt.Printf("after Flush: %q\n", out.String())
}
