package main

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

const tmpl = `Dear {{name}},

Your order #{{order}} of {{count}} x {{item}} ships to {{city}}.
Total: {{total}} {{currency}}. Unknown: {{missing}}.
Thanks, {{ shop }}`

type Vars map[string]string

var placeholderRe = regexp.MustCompile(`\{\{\s*(\w+)\s*\}\}`)

// render builds a strings.Replacer from the vars; unknown placeholders stay.
func render(t string, vars Vars) string {
	pairs := make([]string, 0, 2*len(vars))
	for _, k := range slices.Sorted(maps.Keys(vars)) {
		pairs = append(pairs, "{{"+k+"}}", vars[k])
	}
	return strings.NewReplacer(pairs...).Replace(t)
}

func missingVars(t string, vars Vars) []string {
	var missing []string
	for _, m := range placeholderRe.FindAllStringSubmatch(t, -1) {
		if _, ok := vars[m[1]]; !ok && !slices.Contains(missing, m[1]) {
			missing = append(missing, m[1])
		}
	}
	return missing
}

func renderStrict(t string, vars Vars) (string, error) {
	if miss := missingVars(t, vars); len(miss) > 0 {
		return "", fmt.Errorf("template needs %d undefined vars: %q", len(miss), miss)
	}
	return placeholderRe.ReplaceAllStringFunc(t, func(ph string) string {
		return vars[placeholderRe.FindStringSubmatch(ph)[1]]
	}), nil
}

func main() {
	vars := Vars{
		"name":     "Ada",
		"order":    fmt.Sprint(1042),
		"count":    fmt.Sprintf("%d", 3),
		"item":     "widgets",
		"city":     "London",
		"total":    fmt.Sprintf("%6.2f", 3*4.5),
		"currency": "GBP",
	}
	fmt.Println(render(tmpl, vars))
	fmt.Println("-----")

	if _, err := renderStrict(tmpl, vars); err != nil {
		fmt.Println("strict:", err)
	}
	vars["missing"] = "(none)"
	vars["shop"] = "Widget & Co"
	out, err := renderStrict(tmpl, vars)
	fmt.Println(out)
	fmt.Println("err:", err)

	escape := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(escape.Replace(`<a href="x">Widget & Co</a>`))

	// Replacer tries earlier pairs first at each position.
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("the cat chased the dog"))
}
