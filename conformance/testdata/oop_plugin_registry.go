package main

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
)

// Formatter plugins register themselves at init time, like database/sql drivers.
type Formatter interface {
	Format(fields map[string]string) string
}

type factory func(opts string) Formatter

var registry = map[string]factory{}
var initOrder []string

func Register(name string, f factory) {
	if _, dup := registry[name]; dup {
		panic("formatter registered twice: " + name)
	}
	registry[name] = f
	initOrder = append(initOrder, name)
}

func Lookup(name, opts string) (Formatter, error) {
	if f, ok := registry[name]; ok {
		return f(opts), nil
	}
	return nil, fmt.Errorf("unknown formatter %q (have %v)", name, sortedKeys(registry))
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

type kvFormatter struct{ sep string }

func (k kvFormatter) Format(m map[string]string) string {
	var parts []string
	for _, key := range sortedKeys(m) {
		parts = append(parts, key+"="+m[key])
	}
	return strings.Join(parts, k.sep)
}

type jsonFormatter struct{}

func (jsonFormatter) Format(m map[string]string) string {
	var parts []string
	for _, key := range sortedKeys(m) {
		parts = append(parts, fmt.Sprintf("%q:%q", key, m[key]))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func init() { Register("kv", func(opts string) Formatter { return kvFormatter{cmp.Or(opts, " ")} }) }

func init() { Register("json", func(string) Formatter { return jsonFormatter{} }) }

func init() {
	Register("upper", func(opts string) Formatter {
		inner, err := Lookup(opts, "")
		if err != nil {
			inner = kvFormatter{" "}
		}
		return upper{inner}
	})
}

type upper struct{ inner Formatter }

func (u upper) Format(m map[string]string) string { return strings.ToUpper(u.inner.Format(m)) }

func main() {
	fmt.Println("init order:", initOrder, "names:", sortedKeys(registry))
	rec := map[string]string{"level": "info", "msg": "user \"ada\" logged in", "user": "ada"}
	for _, sel := range [][2]string{{"kv", ""}, {"kv", " | "}, {"json", ""}, {"upper", "json"}, {"upper", "nope"}, {"xml", ""}} {
		f, err := Lookup(sel[0], sel[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-6s %-18T %s\n", sel[0], f, f.Format(rec))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register("json", nil)
	}()
	fmt.Println(len(registry), registry["kv"]("/").Format(map[string]string{"b": "2", "a": "1"}))
}
