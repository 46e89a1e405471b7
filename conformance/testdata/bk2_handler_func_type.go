package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Response struct {
	Code int
	Body string
}

type Handler interface {
	Serve(req Request) Response
}

// HandlerFunc lets an ordinary function satisfy Handler.
type HandlerFunc func(Request) Response

func (f HandlerFunc) Serve(r Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

var log []string

func Logging(tag string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r Request) Response {
			log = append(log, tag+" before "+r.Path)
			resp := next.Serve(r)
			log = append(log, fmt.Sprintf("%s after %s -> %d", tag, r.Path, resp.Code))
			return resp
		})
	}
}

func RequireUser(next Handler) Handler {
	return HandlerFunc(func(r Request) Response {
		if r.User == "" {
			return Response{401, "unauthorized"}
		}
		return next.Serve(r)
	})
}

type Mux struct{ routes map[string]Handler }

func (m *Mux) Handle(path string, h Handler) { m.routes[path] = h }
func (m *Mux) HandleFunc(path string, f func(Request) Response) {
	m.Handle(path, HandlerFunc(f))
}
func (m *Mux) Serve(r Request) Response {
	if h, ok := m.routes[r.Path]; ok {
		return h.Serve(r)
	}
	return Response{404, "no route for " + r.Path}
}

type staticPage string

func (s staticPage) Serve(Request) Response { return Response{200, string(s)} }

type BinOp func(a, b int) int

func (op BinOp) Fold(start int, xs ...int) int {
	acc := start
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func main() {
	mux := &Mux{routes: map[string]Handler{}}
	mux.HandleFunc("/hello", func(r Request) Response {
		return Response{200, "hello, " + r.User}
	})
	mux.Handle("/about", staticPage("about this site"))
	mux.Handle("/admin", RequireUser(HandlerFunc(func(r Request) Response {
		return Response{200, "admin panel for " + strings.ToUpper(r.User)}
	})))

	app := Chain(mux, Logging("outer"), Logging("inner"))
	reqs := []Request{{"/hello", "ann"}, {"/about", ""}, {"/admin", ""}, {"/admin", "bob"}, {"/missing", "cy"}}
	for _, r := range reqs {
		resp := app.Serve(r)
		fmt.Printf("%-8s %-4s => %d %q\n", r.Path, r.User, resp.Code, resp.Body)
	}
	fmt.Println("log entries:", len(log))
	for _, l := range log[:4] {
		fmt.Println("  ", l)
	}

	paths := make([]string, 0, len(mux.routes))
	for p := range mux.routes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Printf("%s -> %T\n", p, mux.routes[p])
	}

	add := BinOp(func(a, b int) int { return a + b })
	mul := BinOp(func(a, b int) int { return a * b })
	fmt.Println(add.Fold(0, 1, 2, 3, 4), mul.Fold(1, 1, 2, 3, 4))
	fold := BinOp.Fold
	fmt.Println(fold(func(a, b int) int { return a - b }, 100, 1, 2, 3))
}
