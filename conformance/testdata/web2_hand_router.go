package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
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
	routes []route
}

func (rt *Router) Handle(method, pattern string, h HandlerFunc) {
	rt.routes = append(rt.routes, route{method, split(pattern), h})
}

func split(path string) []string {
	path = strings.Trim(path, "/")
	if path == "" {
		return nil
	}
	return strings.Split(path, "/")
}

func match(pattern, segs []string) (Params, bool) {
	p := Params{}
	for i, part := range pattern {
		if strings.HasPrefix(part, "*") {
			p[part[1:]] = strings.Join(segs[i:], "/")
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
	return p, len(pattern) == len(segs)
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	segs := split(r.URL.Path)
	var allowed []string
	for _, ro := range rt.routes {
		p, ok := match(ro.parts, segs)
		if !ok {
			continue
		}
		if ro.method != r.Method {
			allowed = append(allowed, ro.method)
			continue
		}
		ro.h(w, r, p)
		return
	}
	if len(allowed) > 0 {
		sort.Strings(allowed)
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	http.NotFound(w, r)
}

func dump(w http.ResponseWriter, name string, p Params) {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprint(w, name)
	for _, k := range keys {
		fmt.Fprintf(w, " %s=%q", k, p[k])
	}
}

func main() {
	rt := &Router{}
	rt.Handle("GET", "/", func(w http.ResponseWriter, r *http.Request, p Params) { dump(w, "home", p) })
	rt.Handle("GET", "/users/:id", func(w http.ResponseWriter, r *http.Request, p Params) { dump(w, "showUser", p) })
	rt.Handle("DELETE", "/users/:id", func(w http.ResponseWriter, r *http.Request, p Params) { dump(w, "deleteUser", p) })
	rt.Handle("GET", "/users/:id/posts/:post", func(w http.ResponseWriter, r *http.Request, p Params) { dump(w, "showPost", p) })
	rt.Handle("GET", "/static/*file", func(w http.ResponseWriter, r *http.Request, p Params) { dump(w, "static", p) })

	for _, c := range []struct{ method, path string }{
		{"GET", "/"},
		{"GET", "/users/42"},
		{"GET", "/users/42/"},
		{"DELETE", "/users/7"},
		{"PUT", "/users/7"},
		{"GET", "/users/42/posts/hello-world"},
		{"GET", "/users/42/posts"},
		{"GET", "/static/css/site.css"},
		{"GET", "/static/"},
		{"GET", "/nowhere"},
	} {
		rec := httptest.NewRecorder()
		rt.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, nil))
		fmt.Printf("%-6s %-28s %d allow=%q %s\n", c.method, c.path, rec.Code,
			rec.Header().Get("Allow"), strings.TrimSpace(rec.Body.String()))
	}
}
