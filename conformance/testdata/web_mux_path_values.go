package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type item struct {
	ID   string
	Name string
}

var items = map[string]item{
	"1": {ID: "1", Name: "keyboard"},
	"2": {ID: "2", Name: "mouse"},
}

func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		it, ok := items[id]
		if !ok {
			http.Error(w, "item "+id+" not found", http.StatusNotFound)
			return
		}
		fmt.Fprintf(w, "item %s: %s", it.ID, it.Name)
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %q", strings.TrimSpace(string(body)))
	})
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file path=%s", r.PathValue("path"))
	})
	mux.HandleFunc("GET /users/{user}/orders/{order}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "user=%s order=%s", r.PathValue("user"), r.PathValue("order"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "home")
	})
	return mux
}

func main() {
	mux := newMux()
	cases := []struct {
		method, target, body string
	}{
		{"GET", "/", ""},
		{"GET", "/items/1", ""},
		{"GET", "/items/2", ""},
		{"GET", "/items/99", ""},
		{"POST", "/items", "monitor\n"},
		{"DELETE", "/items/1", ""},
		{"GET", "/files/docs/2024/report.pdf", ""},
		{"GET", "/users/ann/orders/A-17", ""},
		{"GET", "/nowhere", ""},
	}
	for _, c := range cases {
		var body io.Reader
		if c.body != "" {
			body = strings.NewReader(c.body)
		}
		req := httptest.NewRequest(c.method, c.target, body)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		res := rec.Result()
		out, _ := io.ReadAll(res.Body)
		line := fmt.Sprintf("%-6s %-30s -> %d %s", c.method, c.target, res.StatusCode, strings.TrimSpace(string(out)))
		if allow := res.Header.Get("Allow"); allow != "" {
			line += " [Allow: " + allow + "]"
		}
		fmt.Println(line)
	}
	_, pattern := mux.Handler(httptest.NewRequest("GET", "/items/7", nil))
	fmt.Println("matched pattern:", pattern)
}
