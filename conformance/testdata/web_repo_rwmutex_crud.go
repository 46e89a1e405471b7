package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
)

var ErrNotFound = errors.New("not found")

type Book struct {
	ID     int    `json:"id"`
	Title  string `json:"title"`
	Author string `json:"author"`
}

type BookRepository interface {
	List() []Book
	Get(id int) (Book, error)
	Create(b Book) Book
	Update(b Book) error
	Delete(id int) error
}

type memoryRepo struct {
	mu     sync.RWMutex
	nextID int
	books  map[int]Book
}

func NewMemoryRepo() *memoryRepo { return &memoryRepo{nextID: 1, books: make(map[int]Book)} }

func (m *memoryRepo) List() []Book {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return slices.SortedFunc(maps.Values(m.books), func(a, b Book) int { return a.ID - b.ID })
}

func (m *memoryRepo) Get(id int) (Book, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if b, ok := m.books[id]; ok {
		return b, nil
	}
	return Book{}, fmt.Errorf("book %d: %w", id, ErrNotFound)
}

func (m *memoryRepo) Create(b Book) Book {
	m.mu.Lock()
	defer m.mu.Unlock()
	b.ID, m.nextID = m.nextID, m.nextID+1
	m.books[b.ID] = b
	return b
}

// mutate runs fn under the write lock if the book exists.
func (m *memoryRepo) mutate(id int, fn func()) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.books[id]; !ok {
		return fmt.Errorf("book %d: %w", id, ErrNotFound)
	}
	fn()
	return nil
}

func (m *memoryRepo) Update(b Book) error { return m.mutate(b.ID, func() { m.books[b.ID] = b }) }
func (m *memoryRepo) Delete(id int) error { return m.mutate(id, func() { delete(m.books, id) }) }

type API struct{ repo BookRepository }

func (a *API) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /books", func(w http.ResponseWriter, r *http.Request) { reply(w, 200, a.repo.List()) })
	mux.HandleFunc("POST /books", func(w http.ResponseWriter, r *http.Request) {
		var b Book
		if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
			reply(w, 400, map[string]string{"error": "bad json"})
			return
		}
		reply(w, 201, a.repo.Create(b))
	})
	mux.HandleFunc("GET /books/{id}", a.withID(func(w http.ResponseWriter, r *http.Request, id int) {
		b, err := a.repo.Get(id)
		respond(w, 200, b, err)
	}))
	mux.HandleFunc("PUT /books/{id}", a.withID(func(w http.ResponseWriter, r *http.Request, id int) {
		var b Book
		json.NewDecoder(r.Body).Decode(&b)
		b.ID = id
		respond(w, 200, b, a.repo.Update(b))
	}))
	mux.HandleFunc("DELETE /books/{id}", a.withID(func(w http.ResponseWriter, r *http.Request, id int) { respond(w, 204, nil, a.repo.Delete(id)) }))
	return mux
}

func (a *API) withID(fn func(http.ResponseWriter, *http.Request, int)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil || id <= 0 {
			reply(w, 400, map[string]string{"error": "invalid id"})
			return
		}
		fn(w, r, id)
	}
}

func respond(w http.ResponseWriter, status int, v any, err error) {
	switch {
	case errors.Is(err, ErrNotFound):
		reply(w, 404, map[string]string{"error": err.Error()})
	case status == 204:
		w.WriteHeader(204)
	default:
		reply(w, status, v)
	}
}

func reply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func main() {
	mux := (&API{repo: NewMemoryRepo()}).Routes()
	do := func(method, path, body string) {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%-6s %-9s %d %s\n", method, path, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	for _, r := range [][3]string{
		{"POST", "/books", `{"title":"Dune","author":"Herbert"}`}, {"POST", "/books", `{"title":"Emma","author":"Austen"}`},
		{"POST", "/books", `{"title":"Ulysses","author":"Joyce"}`}, {"POST", "/books", `{"title":`},
		{"GET", "/books", ""}, {"GET", "/books/2", ""},
		{"PUT", "/books/2", `{"title":"Persuasion","author":"Austen"}`}, {"PUT", "/books/9", `{"title":"Ghost"}`},
		{"DELETE", "/books/1", ""}, {"DELETE", "/books/1", ""},
		{"GET", "/books/abc", ""}, {"GET", "/books", ""},
	} {
		do(r[0], r[1], r[2])
	}
}
