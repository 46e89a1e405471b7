package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type bookStore struct {
	mu     sync.Mutex
	books  map[string]string
	nextID int
}

func (s *bookStore) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, 0, len(s.books))
	for id := range s.books {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(w, "%s=%s;", id, s.books[id])
	}
}

func (s *bookStore) get(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	title, ok := s.books[r.PathValue("id")]
	if !ok {
		http.Error(w, "book not found", http.StatusNotFound)
		return
	}
	fmt.Fprint(w, title)
}

func (s *bookStore) create(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	title := strings.TrimSpace(string(body))
	if title == "" {
		http.Error(w, "empty title", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.nextID++
	id := fmt.Sprintf("b%d", s.nextID)
	s.books[id] = title
	s.mu.Unlock()
	w.Header().Set("Location", "/books/"+id)
	w.WriteHeader(http.StatusCreated)
	fmt.Fprint(w, id)
}

func (s *bookStore) remove(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.books, r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

func newMux(s *bookStore) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /books", s.list)
	mux.HandleFunc("GET /books/{id}", s.get)
	mux.HandleFunc("POST /books", s.create)
	mux.HandleFunc("DELETE /books/{id}", s.remove)
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file path=%q", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "index")
	})
	return mux
}

func main() {
	store := &bookStore{books: map[string]string{"b1": "Dune"}, nextID: 1}
	mux := newMux(store)

	requests := []struct {
		method, target, body string
	}{
		{"GET", "/", ""},
		{"GET", "/books", ""},
		{"POST", "/books", "Neuromancer"},
		{"POST", "/books", "   "},
		{"GET", "/books/b2", ""},
		{"GET", "/books/b9", ""},
		{"PUT", "/books/b1", "x"},
		{"DELETE", "/books/b1", ""},
		{"GET", "/books", ""},
		{"GET", "/files/docs/api/v1.md", ""},
		{"GET", "/missing", ""},
	}

	for _, rq := range requests {
		var body io.Reader
		if rq.body != "" {
			body = strings.NewReader(rq.body)
		}
		req := httptest.NewRequest(rq.method, rq.target, body)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)

		_, pattern := mux.Handler(req)
		out := strings.TrimSpace(rec.Body.String())
		fmt.Printf("%-6s %-22s -> %d pattern=%q body=%q", rq.method, rq.target, rec.Code, pattern, out)
		if loc := rec.Header().Get("Location"); loc != "" {
			fmt.Printf(" location=%s", loc)
		}
		if allow := rec.Header().Get("Allow"); allow != "" {
			fmt.Printf(" allow=%q", allow)
		}
		fmt.Println()
	}
}
