package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const doc = `# Shopping Guide

Some **important** notes about _shopping_.

## Fruits

- apples
- bananas with ` + "`code`" + `
  - green ones
* cherries

## Steps

1. Go to the [store](http://example.com)
2. Pay
10. Leave

### Done
`

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`_(.+?)_`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	olRe     = regexp.MustCompile(`^(\d+)\.\s+(.*)$`)
)

func inline(s string) string {
	s = boldRe.ReplaceAllString(s, "$1")
	s = italicRe.ReplaceAllString(s, "$1")
	s = codeRe.ReplaceAllString(s, "'$1'")
	return linkRe.ReplaceAllString(s, "$1 <$2>")
}

func convert(md string) string {
	var b strings.Builder
	for line := range strings.Lines(md) {
		line = strings.TrimRight(line, "\n")
		trimmed := strings.TrimLeft(line, " ")
		indent := strings.Repeat("  ", (len(line)-len(trimmed))/2)
		switch {
		case strings.HasPrefix(trimmed, "#"):
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			title := inline(strings.TrimSpace(trimmed[level:]))
			switch level {
			case 1:
				title = strings.ToUpper(title)
				fmt.Fprintf(&b, "%s\n%s\n", title, strings.Repeat("=", len(title)))
			case 2:
				fmt.Fprintf(&b, "%s\n%s\n", title, strings.Repeat("-", len(title)))
			default:
				fmt.Fprintf(&b, "%s:\n", title)
			}
		case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* "):
			fmt.Fprintf(&b, "%s• %s\n", indent, inline(trimmed[2:]))
		case olRe.MatchString(trimmed):
			m := olRe.FindStringSubmatch(trimmed)
			n, _ := strconv.Atoi(m[1])
			fmt.Fprintf(&b, "%s%2d) %s\n", indent, n, inline(m[2]))
		default:
			b.WriteString(inline(line) + "\n")
		}
	}
	return b.String()
}

func main() {
	out := convert(doc)
	fmt.Print(out)
	fmt.Println("---")
	fmt.Printf("%d lines, %d bytes, %d runes\n", strings.Count(out, "\n"), len(out), len([]rune(out)))
	fmt.Printf("%q\n", inline("a **b** _c_ `d`"))
}
