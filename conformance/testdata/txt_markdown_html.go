package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

const markdown = "# Release *notes*\n" +
	"\n" +
	"This release has **bold** changes & fixes for `<div>` rendering.\n" +
	"See [the docs](https://example.com/docs?a=1&b=2) for more.\n" +
	"\n" +
	"## Changes\n" +
	"\n" +
	"- faster `parse()`\n" +
	"- fixed *italic* and **strong** nesting\n" +
	"- removed deprecated API\n" +
	"\n" +
	"1. download\n" +
	"2. install\n" +
	"3. enjoy\n" +
	"\n" +
	"```\n" +
	"if a < b && c > d {\n" +
	"    return\n" +
	"}\n" +
	"```\n" +
	"> quoted text\n" +
	"> continues here\n" +
	"\n" +
	"---\n" +
	"Last line.\n"

var inlineRules = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile("`([^`]+)`"), "<code>$1</code>"},
	{regexp.MustCompile(`\*\*([^*]+)\*\*`), "<strong>$1</strong>"},
	{regexp.MustCompile(`\*([^*]+)\*`), "<em>$1</em>"},
	{regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`), `<a href="$2">$1</a>`},
}

var (
	headingRE = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
	orderedRE = regexp.MustCompile(`^\d+\.\s+(.*)$`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	for _, r := range inlineRules {
		s = r.re.ReplaceAllString(s, r.repl)
	}
	return s
}

type converter struct {
	out  strings.Builder
	open string // currently open block: "p", "ul", "ol", "pre", "blockquote" or ""
}

func (c *converter) closeBlock() {
	if c.open != "" {
		fmt.Fprintf(&c.out, "</%s>\n", c.open)
		c.open = ""
	}
}

func (c *converter) ensure(tag string) {
	if c.open != tag {
		c.closeBlock()
		fmt.Fprintf(&c.out, "<%s>\n", tag)
		c.open = tag
	}
}

func (c *converter) line(l string) {
	if c.open == "pre" {
		if l == "```" {
			c.out.WriteString("</code></pre>\n")
			c.open = ""
			return
		}
		c.out.WriteString(html.EscapeString(l) + "\n")
		return
	}
	switch {
	case l == "```":
		c.closeBlock()
		c.out.WriteString("<pre><code>")
		c.open = "pre"
	case strings.TrimSpace(l) == "":
		c.closeBlock()
	case l == "---":
		c.closeBlock()
		c.out.WriteString("<hr>\n")
	case headingRE.MatchString(l):
		c.closeBlock()
		m := headingRE.FindStringSubmatch(l)
		fmt.Fprintf(&c.out, "<h%d>%s</h%d>\n", len(m[1]), inline(m[2]), len(m[1]))
	case strings.HasPrefix(l, "- "):
		c.ensure("ul")
		fmt.Fprintf(&c.out, "  <li>%s</li>\n", inline(l[2:]))
	case orderedRE.MatchString(l):
		c.ensure("ol")
		fmt.Fprintf(&c.out, "  <li>%s</li>\n", inline(orderedRE.FindStringSubmatch(l)[1]))
	case strings.HasPrefix(l, "> "):
		c.ensure("blockquote")
		fmt.Fprintf(&c.out, "  %s\n", inline(l[2:]))
	default:
		c.ensure("p")
		fmt.Fprintf(&c.out, "  %s\n", inline(l))
	}
}

func main() {
	var c converter
	for l := range strings.SplitSeq(strings.TrimSuffix(markdown, "\n"), "\n") {
		c.line(l)
	}
	c.closeBlock()
	fmt.Print(c.out.String())
}
