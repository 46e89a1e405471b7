package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func named(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s (pattern %q)", name, r.Pattern)
		if id := r.PathValue("id"); id != "" {
			fmt.Fprintf(w, " id=%s", id)
		}
	}
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/", named("catch-all"))
	mux.Handle("GET /{$}", named("home"))
	mux.Handle("/docs/", named("docs tree"))
	mux.Handle("GET /docs/{id}", named("doc by id"))
	mux.Handle("GET /docs/latest", named("latest doc"))
	mux.Handle("POST /docs/{id}", named("update doc"))
	mux.Handle("api.example.com/", named("api host"))
	mux.Handle("api.example.com/docs/{id}", named("api doc"))

	// Conflicting patterns panic at registration time.
	func() {
		defer func() { fmt.Println("register conflict:", recover() != nil) }()
		mux.Handle("GET /{section}/latest", named("never"))
	}()

	cases := []struct{ method, host, path string }{
		{"GET", "example.com", "/"},
		{"GET", "example.com", "/about"},
		{"GET", "example.com", "/docs"},
		{"GET", "example.com", "/docs/"},
		{"GET", "example.com", "/docs/42"},
		{"HEAD", "example.com", "/docs/42"},
		{"GET", "example.com", "/docs/latest"},
		{"POST", "example.com", "/docs/latest"},
		{"DELETE", "example.com", "/docs/42"},
		{"GET", "example.com", "/docs/a/b"},
		{"GET", "example.com", "/x/../docs/7"},
		{"GET", "api.example.com", "/docs/9"},
		{"GET", "api.example.com", "/status"},
	}
	for _, c := range cases {
		req := httptest.NewRequest(c.method, "http://"+c.host+c.path, nil)
		_, pattern := mux.Handler(req)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%-6s %-15s %-14s -> %d", c.method, c.host, c.path, rec.Code)
		switch {
		case rec.Code >= 300 && rec.Code < 400:
			fmt.Printf(" redirect to %s", rec.Header().Get("Location"))
		case c.method == "HEAD":
			fmt.Printf(" (head, %d body bytes) matched %q", rec.Body.Len(), pattern)
		default:
			fmt.Printf(" %s", rec.Body.String())
		}
		fmt.Println()
	}
}
