package main

import (
	"fmt"
	"regexp"
	"strings"
)

var nonDigit = regexp.MustCompile(`\D`)

type Rule struct {
	Name    string
	Pattern *regexp.Regexp
	Replace func(match string) string
}

type Redactor struct {
	rules []Rule
	hits  map[string]int
}

func NewRedactor() *Redactor {
	r := &Redactor{hits: map[string]int{}}
	r.add("email", `[a-zA-Z0-9._%+-]+@([a-zA-Z0-9.-]+\.[a-zA-Z]{2,})`, func(m string) string {
		_, domain, _ := strings.Cut(m, "@")
		return "***@" + domain
	})
	r.add("card", `\b(?:\d{4}[- ]?){3}(\d{4})\b`, func(m string) string {
		digits := nonDigit.ReplaceAllString(m, "")
		return "****-****-****-" + digits[len(digits)-4:]
	})
	r.add("ipv4", `\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b`, func(m string) string {
		parts := strings.Split(m, ".")
		return parts[0] + "." + parts[1] + ".x.x"
	})
	r.add("token", `(?i)(api[_-]?key|token)=\w+`, func(m string) string {
		k, _, _ := strings.Cut(m, "=")
		return k + "=[REDACTED]"
	})
	return r
}

func (r *Redactor) add(name, expr string, fn func(string) string) {
	r.rules = append(r.rules, Rule{name, regexp.MustCompile(expr), fn})
}

func (r *Redactor) Redact(s string) string {
	for _, rule := range r.rules {
		s = rule.Pattern.ReplaceAllStringFunc(s, func(m string) string {
			r.hits[rule.Name]++
			return rule.Replace(m)
		})
	}
	return s
}

func main() {
	lines := []string{
		"user john.doe@example.com logged in from 192.168.10.42",
		"payment with card 4111 1111 1111 1234 approved",
		"GET /v1/data?api_key=abc123XYZ&page=2 from 10.0.0.7",
		"retrying with TOKEN=s3cr3t for admin@corp.internal.io",
		"nothing sensitive here, version 1.2.3",
	}
	r := NewRedactor()
	for _, l := range lines {
		fmt.Println(r.Redact(l))
	}
	fmt.Println("--- hits")
	for _, rule := range r.rules {
		fmt.Printf("%-6s %d\n", rule.Name, r.hits[rule.Name])
	}

	dateRE := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	text := "released 2023-11-05, patched 2024-01-19"
	fmt.Println(dateRE.ReplaceAllString(text, "${day}/${month}/${year}"))
	for _, m := range dateRE.FindAllStringSubmatch(text, -1) {
		fmt.Printf("year=%s month=%s day=%s\n",
			m[dateRE.SubexpIndex("year")], m[dateRE.SubexpIndex("month")], m[dateRE.SubexpIndex("day")])
	}
	fmt.Println(dateRE.FindAllStringIndex(text, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println(regexp.QuoteMeta("1.5+2*[x]"))
}
