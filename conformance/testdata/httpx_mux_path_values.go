package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

type book struct {
	ID    int
	Title string
}

var books = map[int]book{
	1: {1, "The Go Programming Language"},
	2: {2, "Concurrency in Go"},
}

func getBook(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "id must be a number", http.StatusBadRequest)
		return
	}
	b, ok := books[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintf(w, "book %d: %s", b.ID, b.Title)
}

func createBook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	id := len(books) + 1
	books[id] = book{id, strings.TrimSpace(string(body))}
	w.Header().Set("Location", "/books/"+strconv.Itoa(id))
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "created %d", id)
}

func serveFiles(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "file path=%q", r.PathValue("path"))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /books/{id}", getBook)
	mux.HandleFunc("POST /books", createBook)
	mux.HandleFunc("GET /static/{path...}", serveFiles)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "home")
	})

	requests := []struct {
		method, target, body string
	}{
		{"GET", "/", ""},
		{"GET", "/books/1", ""},
		{"GET", "/books/abc", ""},
		{"GET", "/books/9", ""},
		{"POST", "/books", "Learning Go\n"},
		{"GET", "/books/3", ""},
		{"DELETE", "/books/1", ""},
		{"GET", "/static/css/site.css", ""},
		{"GET", "/nowhere", ""},
	}

	for _, rq := range requests {
		var body io.Reader
		if rq.body != "" {
			body = strings.NewReader(rq.body)
		}
		req := httptest.NewRequest(rq.method, rq.target, body)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%-6s %-22s -> %d %q\n", rq.method, rq.target, rec.Code, strings.TrimSpace(rec.Body.String()))
		if loc := rec.Header().Get("Location"); loc != "" {
			fmt.Println("       Location:", loc)
		}
		if allow := rec.Header().Get("Allow"); allow != "" {
			fmt.Println("       Allow:", allow)
		}
	}
}
