package main

import (
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

// Handler is the interface every decorator wraps.
type Handler interface {
	Serve(r Request) Response
}

type HandlerFunc func(Request) Response

func (f HandlerFunc) Serve(r Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

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

func Auth(next Handler) Handler {
	return HandlerFunc(func(r Request) Response {
		if r.User == "" {
			return Response{Status: 401, Body: "unauthorized"}
		}
		return next.Serve(r)
	})
}

// Upper is a struct decorator rather than a closure.
type Upper struct{ Inner Handler }

func (u Upper) Serve(r Request) Response {
	resp := u.Inner.Serve(r)
	resp.Body = strings.ToUpper(resp.Body)
	return resp
}

func hello(r Request) Response {
	if r.Path != "/hello" {
		return Response{Status: 404, Body: "not found"}
	}
	return Response{Status: 200, Body: "hello, " + r.User}
}

func main() {
	var log []string
	h := Chain(HandlerFunc(hello), Logging(&log), Auth, func(h Handler) Handler { return Upper{h} })

	reqs := []Request{
		{Path: "/hello", User: "ada"},
		{Path: "/hello"},
		{Path: "/missing", User: "bob"},
	}
	for _, r := range reqs {
		fmt.Printf("%+v => %+v\n", r, h.Serve(r))
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Printf("%T\n", Upper{HandlerFunc(hello)})
	fmt.Println(Upper{HandlerFunc(hello)}.Serve(Request{"/hello", "eve"}))
}
