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

type HandlerFunc func(*Request) Response

type Middleware func(HandlerFunc) HandlerFunc

var ErrForbidden = errors.New("forbidden")

func Chain(h HandlerFunc, mws ...Middleware) HandlerFunc {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(trace *[]string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) Response {
			*trace = append(*trace, "log:enter "+r.Path)
			resp := next(r)
			*trace = append(*trace, fmt.Sprintf("log:exit %s -> %d", r.Path, resp.Status))
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	set := make(map[string]bool, len(allowed))
	for _, u := range allowed {
		set[u] = true
	}
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) Response {
			if !set[r.User] {
				return Response{403, fmt.Sprintf("%v: %s", ErrForbidden, r.User)}
			}
			return next(r)
		}
	}
}

func Tag(name string, trace *[]string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) Response {
			*trace = append(*trace, "tag:"+name)
			if r.Header == nil {
				r.Header = map[string]string{}
			}
			r.Header["X-"+name] = "1"
			return next(r)
		}
	}
}

func main() {
	var trace []string

	routes := map[string]HandlerFunc{
		"/hello": func(r *Request) Response {
			return Response{200, "hello, " + r.User}
		},
		"/headers": func(r *Request) Response {
			var parts []string
			for _, k := range []string{"X-a", "X-b", "X-c"} {
				if v, ok := r.Header[k]; ok {
					parts = append(parts, k+"="+v)
				}
			}
			return Response{200, strings.Join(parts, ",")}
		},
	}

	var mws []Middleware
	mws = append(mws, Logging(&trace))
	for _, name := range []string{"a", "b"} {
		mws = append(mws, Tag(name, &trace))
	}
	mws = append(mws, Auth("ann", "ben"))

	handlers := make(map[string]HandlerFunc)
	for path, h := range routes {
		handlers[path] = Chain(h, mws...)
	}

	requests := []Request{
		{Path: "/hello", User: "ann"},
		{Path: "/headers", User: "ben"},
		{Path: "/hello", User: "eve"},
		{Path: "/missing", User: "ann"},
	}

	for i := range requests {
		r := &requests[i]
		h, ok := handlers[r.Path]
		if !ok {
			fmt.Printf("%d %-9s 404 not found\n", i, r.Path)
			continue
		}
		trace = trace[:0]
		resp := h(r)
		fmt.Printf("%d %-9s %d %q\n", i, r.Path, resp.Status, resp.Body)
		fmt.Printf("   trace: %s\n", strings.Join(trace, " | "))
	}
}
