package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

func text(s string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if r.Method == http.MethodHead {
			return
		}
		fmt.Fprint(w, s)
		if v := r.PathValue("id"); v != "" {
			fmt.Fprint(w, " id="+v)
		}
		if rest := r.PathValue("rest"); rest != "" {
			fmt.Fprint(w, " rest="+rest)
		}
	}
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("GET /articles", text("list articles"))
	mux.Handle("POST /articles", text("create article"))
	mux.Handle("GET /articles/{id}", text("show article"))
	mux.Handle("DELETE /articles/{id}", text("delete article"))
	mux.Handle("GET /articles/latest", text("latest article"))
	mux.Handle("GET /files/{rest...}", text("file"))
	mux.Handle("GET /{$}", text("root only"))
	mux.Handle("GET /docs/", text("docs subtree"))
	mux.Handle("api.example.com/health", text("api health"))

	cases := []struct{ method, target string }{
		{"GET", "/articles"},
		{"POST", "/articles"},
		{"PATCH", "/articles"},
		{"GET", "/articles/42"},
		{"HEAD", "/articles/42"},
		{"PUT", "/articles/42"},
		{"GET", "/articles/latest"},
		{"GET", "/files/img/logo.png"},
		{"GET", "/"},
		{"GET", "/unknown"},
		{"GET", "/docs"},
		{"GET", "/docs/intro"},
		{"GET", "http://api.example.com/health"},
		{"GET", "/health"},
		{"GET", "/articles/../files/x"},
	}
	for _, c := range cases {
		req := httptest.NewRequest(c.method, c.target, nil)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		_, pattern := mux.Handler(req)
		extra := ""
		if a := rec.Header().Get("Allow"); a != "" {
			extra += " allow=[" + a + "]"
		}
		if l := rec.Header().Get("Location"); l != "" {
			extra += " location=" + l
		}
		fmt.Printf("%-6s %-30s %d pattern=%q%s body=%q\n", c.method, c.target, rec.Code,
			pattern, extra, strings.TrimSpace(rec.Body.String()))
	}
}
