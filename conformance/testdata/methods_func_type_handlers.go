package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Router map[string]Handler

func (r Router) Serve(path, body string) string {
	if h, ok := r[path]; ok {
		return h.Handle(body)
	}
	return "404 " + path
}

type echo struct{ prefix string }

func (e echo) Handle(req string) string { return e.prefix + req }

func logging(name string, h Handler) Handler {
	return HandlerFunc(func(req string) string {
		return fmt.Sprintf("[%s] %s", name, h.Handle(req))
	})
}

func main() {
	r := Router{
		"/upper": HandlerFunc(strings.ToUpper),
		"/echo":  echo{"echo: "},
		"/len":   HandlerFunc(func(s string) string { return fmt.Sprint(len(s)) }),
	}
	r["/logged"] = logging("log", r["/echo"])
	paths := make([]string, 0, len(r))
	for p := range r {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range append(paths, "/missing") {
		fmt.Printf("%-8s -> %s\n", p, r.Serve(p, "hi there"))
	}
	var h Handler = HandlerFunc(strings.TrimSpace)
	fmt.Printf("%q %T\n", h.Handle("  x  "), h)
}
