package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Params map[string]string

type HandlerFunc func(w http.ResponseWriter, r *http.Request, p Params)

type route struct {
	method string
	parts  []string
	h      HandlerFunc
}

type Router struct {
	routes   []route
	NotFound http.Handler
}

func (rt *Router) Handle(method, pattern string, h HandlerFunc) {
	rt.routes = append(rt.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func match(parts, segs []string) (Params, bool) {
	p := Params{}
	for i, part := range parts {
		if part == "*" {
			p["*"] = strings.Join(segs[i:], "/")
			return p, true
		}
		if i >= len(segs) {
			return nil, false
		}
		if strings.HasPrefix(part, ":") {
			p[part[1:]] = segs[i]
		} else if part != segs[i] {
			return nil, false
		}
	}
	return p, len(parts) == len(segs)
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	segs := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	methodMismatch := false
	for _, ro := range rt.routes {
		p, ok := match(ro.parts, segs)
		if !ok {
			continue
		}
		if ro.method != r.Method {
			methodMismatch = true
			continue
		}
		ro.h(w, r, p)
		return
	}
	if methodMismatch {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rt.NotFound.ServeHTTP(w, r)
}

func logging(next http.Handler, log *[]string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*log = append(*log, r.Method+" "+r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

func main() {
	rt := &Router{NotFound: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "no route for %s", r.URL.Path)
	})}
	rt.Handle("GET", "/", func(w http.ResponseWriter, r *http.Request, p Params) {
		io.WriteString(w, "home")
	})
	rt.Handle("GET", "/users/:id", func(w http.ResponseWriter, r *http.Request, p Params) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":%q,"verbose":%q}`, p["id"], r.URL.Query().Get("v"))
	})
	rt.Handle("POST", "/users/:id/posts/:pid", func(w http.ResponseWriter, r *http.Request, p Params) {
		body, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "user=%s post=%s body=%s", p["id"], p["pid"], body)
	})
	rt.Handle("GET", "/static/*", func(w http.ResponseWriter, r *http.Request, p Params) {
		fmt.Fprintf(w, "file %s", p["*"])
	})
	var log []string
	h := logging(rt, &log)
	reqs := []struct{ method, target, body string }{
		{"GET", "/", ""}, {"GET", "/users/42?v=1", ""}, {"POST", "/users/7/posts/3", "hello"},
		{"DELETE", "/users/42", ""}, {"GET", "/static/css/site.css", ""}, {"GET", "/nope/x", ""},
	}
	for _, q := range reqs {
		req := httptest.NewRequest(q.method, q.target, strings.NewReader(q.body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		body, _ := io.ReadAll(res.Body)
		fmt.Printf("%-6s %-22s %d %-24q ct=%s\n", q.method, q.target, res.StatusCode, strings.TrimSpace(string(body)), res.Header.Get("Content-Type"))
	}
	fmt.Println("log:", strings.Join(log, " | "))
}
