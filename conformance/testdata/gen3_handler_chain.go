package main

import (
	"errors"
	"fmt"
	"strings"
)

type Handler[In, Out any] func(In) (Out, error)

type Middleware[In, Out any] func(Handler[In, Out]) Handler[In, Out]

func Chain[A, B, C any](f Handler[A, B], g Handler[B, C]) Handler[A, C] {
	return func(a A) (C, error) {
		b, err := f(a)
		if err != nil {
			var zero C
			return zero, err
		}
		return g(b)
	}
}

func Wrap[In, Out any](h Handler[In, Out], mws ...Middleware[In, Out]) Handler[In, Out] {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging[In, Out any](name string, log *[]string) Middleware[In, Out] {
	return func(next Handler[In, Out]) Handler[In, Out] {
		return func(in In) (Out, error) {
			*log = append(*log, fmt.Sprintf("%s> %v", name, in))
			out, err := next(in)
			*log = append(*log, fmt.Sprintf("%s< %v err=%v", name, out, err))
			return out, err
		}
	}
}

func Fallback[In, Out any](def Out) Middleware[In, Out] {
	return func(next Handler[In, Out]) Handler[In, Out] {
		return func(in In) (Out, error) {
			out, err := next(in)
			if err != nil {
				return def, nil
			}
			return out, nil
		}
	}
}

type Request struct {
	Path string
	User string
}

type Route struct {
	Resource string
	ID       string
	User     string
}

type Response struct {
	Status int
	Body   string
}

func (r Response) String() string { return fmt.Sprintf("%d %s", r.Status, r.Body) }

var errForbidden = errors.New("forbidden")

func route(r Request) (Route, error) {
	parts := strings.Split(strings.Trim(r.Path, "/"), "/")
	if len(parts) != 2 {
		return Route{}, fmt.Errorf("no route for %q", r.Path)
	}
	return Route{Resource: parts[0], ID: parts[1], User: r.User}, nil
}

func authorize(rt Route) (Route, error) {
	if rt.User == "" {
		return rt, errForbidden
	}
	return rt, nil
}

func render(rt Route) (Response, error) {
	return Response{Status: 200, Body: fmt.Sprintf("%s#%s for %s", rt.Resource, rt.ID, rt.User)}, nil
}

func main() {
	var log []string
	core := Chain(Chain(Handler[Request, Route](route), authorize), render)
	h := Wrap(core, Logging[Request, Response]("http", &log))
	safe := Wrap(core, Fallback[Request](Response{Status: 503, Body: "try later"}))

	reqs := []Request{
		{Path: "/users/7", User: "ann"},
		{Path: "/orders/42/", User: "bo"},
		{Path: "/health", User: "ann"},
		{Path: "/users/9", User: ""},
	}
	for _, r := range reqs {
		resp, err := h(r)
		switch {
		case errors.Is(err, errForbidden):
			fmt.Printf("%-12s -> 403 (%v)\n", r.Path, err)
		case err != nil:
			fmt.Printf("%-12s -> 404 (%v)\n", r.Path, err)
		default:
			fmt.Printf("%-12s -> %v\n", r.Path, resp)
		}
		s, _ := safe(r)
		fmt.Printf("%-12s safe: %+v\n", "", s)
	}
	fmt.Printf("handler type: %T\n", h)
	for _, l := range log {
		fmt.Println(l)
	}
}
