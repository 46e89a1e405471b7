package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

const corpus = `package server

import "net/http"

// TODO: add graceful shutdown
func Start(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/health", health)
	return http.ListenAndServe(addr, mux)
}

func health(w http.ResponseWriter, r *http.Request) {
	// TODO: report dependency status
	w.WriteHeader(http.StatusOK)
}
`

type options struct {
	context    int
	ignoreCase bool
	invert     bool
	count      bool
}

func grep(r io.Reader, pattern string, opt options, w io.Writer) (int, error) {
	if opt.ignoreCase {
		pattern = "(?i)" + pattern
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return 0, fmt.Errorf("bad pattern: %w", err)
	}
	var lines []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	show := make([]bool, len(lines))
	match := make([]bool, len(lines))
	n := 0
	for i, l := range lines {
		if re.MatchString(l) != opt.invert {
			match[i] = true
			n++
			for j := max(0, i-opt.context); j <= min(len(lines)-1, i+opt.context); j++ {
				show[j] = true
			}
		}
	}
	if opt.count {
		fmt.Fprintln(w, n)
		return n, nil
	}
	last := -2
	for i, l := range lines {
		if !show[i] {
			continue
		}
		if last >= 0 && i != last+1 {
			fmt.Fprintln(w, "--")
		}
		sep := "-"
		if match[i] {
			sep = ":"
		}
		fmt.Fprintf(w, "%d%s%s\n", i+1, sep, l)
		last = i
	}
	return n, nil
}

func runGrep(argv []string, w io.Writer) {
	fs := flag.NewFlagSet("grep", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var opt options
	fs.IntVar(&opt.context, "C", 0, "context lines")
	fs.BoolVar(&opt.ignoreCase, "i", false, "ignore case")
	fs.BoolVar(&opt.invert, "v", false, "invert match")
	fs.BoolVar(&opt.count, "c", false, "count only")
	if err := fs.Parse(argv); err != nil {
		fmt.Fprintln(w, "usage error:", err)
		return
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(w, "usage error: need exactly one pattern")
		return
	}
	n, err := grep(strings.NewReader(corpus), fs.Arg(0), opt, w)
	if err != nil {
		fmt.Fprintln(w, "error:", err)
		return
	}
	fmt.Fprintf(w, "(%d matching lines)\n", n)
}

func main() {
	var sb strings.Builder
	for _, argv := range [][]string{
		{"TODO"},
		{"-C", "1", "-i", "handlefunc"},
		{"-c", "-v", "^$"},
		{"-C", "1", `func \w+\(`},
		{"(unclosed"},
		{},
	} {
		fmt.Fprintf(&sb, "$ grep %s\n", strings.Join(argv, " "))
		runGrep(argv, &sb)
	}
	fmt.Print(sb.String())
}
