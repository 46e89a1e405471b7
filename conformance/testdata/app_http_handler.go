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

type Note struct {
	ID    int      `json:"id"`
	Title string   `json:"title"`
	Tags  []string `json:"tags,omitempty"`
}

type NoteStore struct {
	mu     sync.Mutex
	notes  map[int]Note
	nextID int
}

type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *NoteStore) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Note, 0, len(s.notes))
	tag := r.URL.Query().Get("tag")
	for _, n := range s.notes {
		if tag == "" || strings.Contains(","+strings.Join(n.Tags, ",")+",", ","+tag+",") {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	writeJSON(w, http.StatusOK, out)
}

func (s *NoteStore) create(w http.ResponseWriter, r *http.Request) {
	var n Note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"invalid JSON: " + err.Error()})
		return
	}
	if strings.TrimSpace(n.Title) == "" {
		writeJSON(w, http.StatusUnprocessableEntity, apiError{"title is required"})
		return
	}
	s.mu.Lock()
	s.nextID++
	n.ID = s.nextID
	s.notes[n.ID] = n
	s.mu.Unlock()
	w.Header().Set("Location", fmt.Sprintf("/notes/%d", n.ID))
	writeJSON(w, http.StatusCreated, n)
}

// withNote resolves the {id} path value and passes the matching note to next.
func (s *NoteStore) withNote(next func(http.ResponseWriter, *http.Request, Note)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		s.mu.Lock()
		n, ok := s.notes[id]
		s.mu.Unlock()
		if err != nil || !ok {
			writeJSON(w, http.StatusNotFound, apiError{fmt.Sprintf("note %q not found", r.PathValue("id"))})
			return
		}
		next(w, r, n)
	}
}

func (s *NoteStore) get(w http.ResponseWriter, _ *http.Request, n Note) {
	writeJSON(w, http.StatusOK, n)
}

func (s *NoteStore) remove(w http.ResponseWriter, _ *http.Request, n Note) {
	s.mu.Lock()
	delete(s.notes, n.ID)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func withServerHeader(name string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Server", name)
		h.ServeHTTP(w, r)
	})
}

func NewServer() http.Handler {
	s := &NoteStore{notes: map[int]Note{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /notes", s.list)
	mux.HandleFunc("POST /notes", s.create)
	mux.HandleFunc("GET /notes/{id}", s.withNote(s.get))
	mux.HandleFunc("DELETE /notes/{id}", s.withNote(s.remove))
	return withServerHeader("notes/1.0", mux)
}

func main() {
	srv := NewServer()
	requests := []struct{ method, path, body string }{
		{"GET", "/notes", ""},
		{"POST", "/notes", `{"title":"buy milk","tags":["home"]}`},
		{"POST", "/notes", `{"title":"write tests","tags":["work","go"]}`},
		{"POST", "/notes", `{"title":"   "}`},
		{"POST", "/notes", `{"title":`},
		{"GET", "/notes/2", ""},
		{"GET", "/notes?tag=go", ""},
		{"DELETE", "/notes/1", ""},
		{"GET", "/notes/1", ""},
		{"GET", "/notes/abc", ""},
		{"PUT", "/notes/2", `{}`},
		{"GET", "/notes", ""},
	}
	servers := map[string]int{}
	for _, tc := range requests {
		req := httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body))
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		res := rec.Result()
		servers[res.Header.Get("X-Server")]++
		extra := ""
		for _, h := range []string{"Location", "Allow"} {
			if v := res.Header.Get(h); v != "" {
				extra += fmt.Sprintf(" %s=%s", h, v)
			}
		}
		fmt.Printf("%-6s %-15s -> %d %s%s\n", tc.method, tc.path, res.StatusCode, http.StatusText(res.StatusCode), extra)
		if body := strings.TrimSpace(rec.Body.String()); body != "" {
			fmt.Printf("       %s\n", body)
		}
	}
	fmt.Printf("X-Server header counts: %v\n", servers)
}
