// An HTTP-like request pipeline built from func(Handler) Handler middleware.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(trace *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			*trace = append(*trace, "log>"+r.Path)
			resp := next(r)
			*trace = append(*trace, fmt.Sprintf("log<%d", resp.Status))
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if !set[r.User] {
				return Response{401, "unauthorized " + r.User}
			}
			return next(r)
		}
	}
}

func Recover(next Handler) Handler {
	return func(r *Request) (resp Response) {
		defer func() {
			if v := recover(); v != nil {
				resp = Response{500, fmt.Sprintf("recovered: %v", v)}
			}
		}()
		return next(r)
	}
}

func Tag(name string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			r.Header["x-via"] += name + ";"
			return next(r)
		}
	}
}

type Router struct {
	routes map[string]Handler
}

var errBoom = errors.New("boom")

func (rt *Router) Serve(r *Request) Response {
	h, ok := rt.routes[r.Path]
	if !ok {
		return Response{404, "no route " + r.Path}
	}
	return h(r)
}

func main() {
	rt := &Router{routes: map[string]Handler{
		"/hello": func(r *Request) Response {
			return Response{200, "hello " + r.User + " via " + r.Header["x-via"]}
		},
		"/upper": func(r *Request) Response {
			return Response{200, strings.ToUpper(r.User)}
		},
		"/panic": func(r *Request) Response {
			panic(fmt.Errorf("handler failed: %w", errBoom))
		},
	}}
	var trace []string
	// rt.Serve is used as a method value of type Handler.
	app := Chain(rt.Serve, Logging(&trace), Recover, Auth("ann", "bo"), Tag("a"), Tag("b"))

	reqs := []Request{
		{Path: "/hello", User: "ann"},
		{Path: "/upper", User: "bo"},
		{Path: "/hello", User: "eve"},
		{Path: "/missing", User: "ann"},
		{Path: "/panic", User: "bo"},
	}
	counts := map[int]int{}
	for i := range reqs {
		r := &reqs[i]
		r.Header = map[string]string{}
		resp := app(r)
		counts[resp.Status]++
		fmt.Printf("%-9s %-4s -> %d %s\n", r.Path, r.User, resp.Status, resp.Body)
	}
	fmt.Println("trace:", strings.Join(trace, " "))
	for _, code := range []int{200, 401, 404, 500} {
		fmt.Printf("status %d: %d\n", code, counts[code])
	}
}
