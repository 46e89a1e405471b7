package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type Store struct {
	mu     sync.Mutex
	nextID int
	items  map[int]Todo
}

func NewStore() *Store { return &Store{nextID: 1, items: map[int]Todo{}} }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Store) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /todos", func(w http.ResponseWriter, r *http.Request) {
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad json"})
			return
		}
		s.mu.Lock()
		t.ID = s.nextID
		s.nextID++
		s.items[t.ID] = t
		s.mu.Unlock()
		writeJSON(w, http.StatusCreated, t)
	})
	mux.HandleFunc("GET /todos", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		list := make([]Todo, 0, len(s.items))
		for _, t := range s.items {
			list = append(list, t)
		}
		s.mu.Unlock()
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		writeJSON(w, http.StatusOK, list)
	})
	mux.HandleFunc("GET /todos/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.PathValue("id"))
		s.mu.Lock()
		t, ok := s.items[id]
		s.mu.Unlock()
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
			return
		}
		writeJSON(w, http.StatusOK, t)
	})
	mux.HandleFunc("PUT /todos/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.PathValue("id"))
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad json"})
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if _, ok := s.items[id]; !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
			return
		}
		t.ID = id
		s.items[id] = t
		writeJSON(w, http.StatusOK, t)
	})
	mux.HandleFunc("DELETE /todos/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.PathValue("id"))
		s.mu.Lock()
		_, ok := s.items[id]
		delete(s.items, id)
		s.mu.Unlock()
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	return mux
}

func do(h http.Handler, method, path, body string) {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	fmt.Printf("%s %s -> %d %q\n", method, path, rec.Code, strings.TrimSpace(rec.Body.String()))
}

func main() {
	h := NewStore().routes()
	do(h, "POST", "/todos", `{"title":"buy milk"}`)
	do(h, "POST", "/todos", `{"title":"write tests","done":true}`)
	do(h, "POST", "/todos", `{bad`)
	do(h, "GET", "/todos", "")
	do(h, "GET", "/todos/2", "")
	do(h, "GET", "/todos/9", "")
	do(h, "PUT", "/todos/1", `{"title":"buy oat milk","done":true}`)
	do(h, "PUT", "/todos/7", `{"title":"ghost"}`)
	do(h, "DELETE", "/todos/2", "")
	do(h, "DELETE", "/todos/2", "")
	do(h, "GET", "/todos", "")
}
