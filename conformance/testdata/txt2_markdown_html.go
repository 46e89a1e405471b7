package main

import (
	"bufio"
	"fmt"
	"html"
	"strings"
)

const doc = `# Release Notes
Some *emphasis* and **strong** text with <tags> & ampersands.

## Changes
- added a **parser**
- fixed *two* bugs
- removed ` + "`legacy`" + ` mode

1. first step
2. second step

### Done
Plain paragraph
that spans two lines.`

func inline(s string) string {
	s = html.EscapeString(s)
	var b strings.Builder
	markers := []struct{ mark, tag string }{{"**", "strong"}, {"*", "em"}, {"`", "code"}}
	open := map[string]bool{}
	for i := 0; i < len(s); {
		matched := false
		for _, m := range markers {
			if strings.HasPrefix(s[i:], m.mark) {
				if open[m.mark] {
					b.WriteString("</" + m.tag + ">")
				} else {
					b.WriteString("<" + m.tag + ">")
				}
				open[m.mark] = !open[m.mark]
				i += len(m.mark)
				matched = true
				break
			}
		}
		if !matched {
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

func convert(md string) string {
	var out strings.Builder
	list := ""
	var para []string
	flush := func() {
		if len(para) > 0 {
			out.WriteString("<p>" + inline(strings.Join(para, " ")) + "</p>\n")
			para = nil
		}
		if list != "" {
			out.WriteString("</" + list + ">\n")
			list = ""
		}
	}
	startList := func(kind string) {
		if list != kind {
			flush()
			out.WriteString("<" + kind + ">\n")
			list = kind
		}
	}
	sc := bufio.NewScanner(strings.NewReader(md))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " ")
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
			flush()
			level := len(line) - len(strings.TrimLeft(line, "#"))
			fmt.Fprintf(&out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(line[level:])), level)
		case strings.HasPrefix(line, "- "):
			startList("ul")
			out.WriteString("  <li>" + inline(line[2:]) + "</li>\n")
		case len(line) > 2 && line[0] >= '0' && line[0] <= '9' && strings.Contains(line[:3], ". "):
			startList("ol")
			_, item, _ := strings.Cut(line, ". ")
			out.WriteString("  <li>" + inline(item) + "</li>\n")
		default:
			if list != "" {
				flush()
			}
			para = append(para, line)
		}
	}
	flush()
	return out.String()
}

func main() {
	fmt.Print(convert(doc))
}
