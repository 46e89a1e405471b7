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

type TodoStore struct {
	mu     sync.Mutex
	nextID int
	todos  map[int]Todo
}

func NewTodoStore() *TodoStore {
	return &TodoStore{nextID: 1, todos: make(map[int]Todo)}
}

func (s *TodoStore) Add(title string) Todo {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := Todo{ID: s.nextID, Title: title}
	s.todos[t.ID] = t
	s.nextID++
	return t
}

func (s *TodoStore) Toggle(id int) (Todo, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.todos[id]
	if ok {
		t.Done = !t.Done
		s.todos[id] = t
	}
	return t, ok
}

func (s *TodoStore) All() []Todo {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Todo, 0, len(s.todos))
	for _, t := range s.todos {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func routes(store *TodoStore) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /todos", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, store.All())
	})
	mux.HandleFunc("POST /todos", func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			Title string `json:"title"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Title == "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "title is required"})
			return
		}
		writeJSON(w, http.StatusCreated, store.Add(in.Title))
	})
	mux.HandleFunc("PATCH /todos/{id}/toggle", func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.PathValue("id"))
		t, ok := store.Toggle(id)
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]any{"error": "no such todo", "id": id})
			return
		}
		writeJSON(w, http.StatusOK, t)
	})
	return mux
}

func do(h http.Handler, method, path, body string) {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	fmt.Printf("%s %s\n  status=%d type=%s\n  body=%s", method, path,
		rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
}

func main() {
	h := routes(NewTodoStore())
	do(h, "POST", "/todos", `{"title":"buy milk"}`)
	do(h, "POST", "/todos", `{"title":"write tests"}`)
	do(h, "POST", "/todos", `{"title":""}`)
	do(h, "POST", "/todos", `not json`)
	do(h, "PATCH", "/todos/2/toggle", "")
	do(h, "PATCH", "/todos/42/toggle", "")
	do(h, "GET", "/todos", "")
}
