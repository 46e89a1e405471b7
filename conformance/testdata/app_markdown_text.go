package main

import (
	"fmt"
	"regexp"
	"strings"
)

const document = `# Release Notes

Version **2.4** brings a _faster_ parser and a new [website](https://example.org/docs).

## Highlights

- Inline ` + "`code`" + ` spans are kept
- Links become text with the URL in angle brackets
  - nested items are indented
1. First numbered step
2. Second numbered step

> Quotes are prefixed with a bar.
> Even across **several** lines.

` + "```" + `
go run ./cmd/tool --fast
` + "```" + `

---
Thanks to *all* contributors!`

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`[*_](.+?)[*_]`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	olRe     = regexp.MustCompile(`^(\s*)(\d+)\.\s+(.*)$`)
	ulRe     = regexp.MustCompile(`^(\s*)[-*+]\s+(.*)$`)
)

type Stats struct {
	Headings, ListItems, Links, CodeLines int
}

func inline(s string, st *Stats) string {
	st.Links += len(linkRe.FindAllString(s, -1))
	s = linkRe.ReplaceAllString(s, "$1 <$2>")
	s = codeRe.ReplaceAllString(s, "'$1'")
	s = boldRe.ReplaceAllStringFunc(s, func(m string) string {
		return strings.ToUpper(boldRe.FindStringSubmatch(m)[1])
	})
	return italicRe.ReplaceAllString(s, "$1")
}

func convert(md string) (string, Stats) {
	var out strings.Builder
	var st Stats
	inCode := false
	emit := func(format string, args ...any) {
		fmt.Fprintf(&out, format+"\n", args...)
	}
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") {
			inCode = !inCode
			continue
		}
		if inCode {
			st.CodeLines++
			emit("    | %s", line)
			continue
		}
		switch {
		case strings.HasPrefix(trimmed, "#"):
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			text := inline(strings.TrimSpace(trimmed[level:]), &st)
			st.Headings++
			underline := "="
			if level > 1 {
				underline = "-"
			}
			emit("%s", strings.ToUpper(text))
			emit("%s", strings.Repeat(underline, len(text)))
		case trimmed == "---":
			emit("%s", strings.Repeat("~", 40))
		case olRe.MatchString(line):
			m := olRe.FindStringSubmatch(line)
			st.ListItems++
			emit("%s  %s) %s", m[1], m[2], inline(m[3], &st))
		case ulRe.MatchString(line):
			m := ulRe.FindStringSubmatch(line)
			st.ListItems++
			emit("%s  * %s", m[1], inline(m[2], &st))
		case strings.HasPrefix(trimmed, ">"):
			emit("  | %s", inline(strings.TrimSpace(trimmed[1:]), &st))
		default:
			emit("%s", inline(line, &st))
		}
	}
	return out.String(), st
}

func wrap(text string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		if cur != "" && len(cur)+1+len(w) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

func main() {
	text, st := convert(document)
	for i, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		fmt.Printf("%02d %s\n", i+1, line)
	}
	fmt.Printf("stats: %+v\n", st)
	fmt.Println("wrapped first paragraph at 30 columns:")
	para := strings.Split(text, "\n")[3]
	for _, l := range wrap(para, 30) {
		fmt.Printf("  [%-30s]\n", l)
	}
}
