package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Response struct {
	Status int
	Body   string
}

func (r Response) String() string { return fmt.Sprintf("%d %q", r.Status, r.Body) }

type Handler interface {
	Serve(Request) Response
}

type HandlerFunc func(Request) Response

func (f HandlerFunc) Serve(r Request) Response { return f(r) }

// Middleware decorates a Handler with extra behaviour.
type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r Request) Response {
			*log = append(*log, "-> "+r.Path)
			resp := next.Serve(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, resp.Status))
			return resp
		})
	}
}

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r Request) Response {
			for _, a := range allowed {
				if a == r.User {
					return next.Serve(r)
				}
			}
			return Response{403, "forbidden for " + r.User}
		})
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r Request) (resp Response) {
			defer func() {
				if p := recover(); p != nil {
					resp = Response{500, fmt.Sprint("recovered: ", p)}
				}
			}()
			return next.Serve(r)
		})
	}
}

// Uppercase is a struct-based decorator rather than a closure.
type Uppercase struct{ Next Handler }

func (u Uppercase) Serve(r Request) Response {
	resp := u.Next.Serve(r)
	resp.Body = strings.ToUpper(resp.Body)
	return resp
}

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type router map[string]Handler

func (rt router) Serve(r Request) Response {
	if h, ok := rt[r.Path]; ok {
		return h.Serve(r)
	}
	return Response{404, "no route " + r.Path}
}

func main() {
	var log []string
	rt := router{
		"/hello": HandlerFunc(func(r Request) Response { return Response{200, "hello, " + r.User} }),
		"/shout": Uppercase{HandlerFunc(func(r Request) Response { return Response{200, "quiet " + r.User} })},
		"/crash": HandlerFunc(func(r Request) Response { panic(errors.New("database gone")) }),
	}
	app := Chain(rt, Logging(&log), Recover(), Auth("ann", "bob"))

	reqs := []Request{
		{"/hello", "ann"}, {"/shout", "bob"}, {"/hello", "eve"}, {"/crash", "ann"}, {"/missing", "bob"},
	}
	for _, r := range reqs {
		fmt.Printf("%-9s %-4s => %v\n", r.Path, r.User, app.Serve(r))
	}
	fmt.Println("log:")
	for _, l := range log {
		fmt.Println("  " + l)
	}
	fmt.Printf("app type: %T\n", app)
}
