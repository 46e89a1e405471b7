package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

type Article struct {
	ID       int    `json:"id"`
	Headline string `json:"headline"`
	Words    int    `json:"words"`
}

type Store struct {
	mu       sync.Mutex
	articles map[int]Article
	nextID   int
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Method {
	case http.MethodGet:
		id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/articles/"))
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		a, ok := s.articles[id]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(a)
	case http.MethodPost:
		var a Article
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil || a.Headline == "" {
			http.Error(w, "invalid article", http.StatusUnprocessableEntity)
			return
		}
		s.nextID++
		a.ID = s.nextID
		a.Words = len(strings.Fields(a.Headline))
		s.articles[a.ID] = a
		w.Header().Set("Location", fmt.Sprintf("/articles/%d", a.ID))
		w.WriteHeader(http.StatusCreated)
	default:
		w.Header().Set("Allow", "GET, POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func do(h http.Handler, method, path, body string) {
	var rdr io.Reader
	if body != "" {
		rdr = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, rdr)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	out, _ := io.ReadAll(res.Body)
	fmt.Printf("%-6s %-14s -> %d %s\n", method, path, res.StatusCode, http.StatusText(res.StatusCode))
	if loc := res.Header.Get("Location"); loc != "" {
		fmt.Println("       location:", loc)
	}
	if allow := res.Header.Get("Allow"); allow != "" {
		fmt.Println("       allow:", allow)
	}
	if text := strings.TrimSpace(string(out)); text != "" {
		fmt.Println("       body:", text)
	}
}

func main() {
	store := &Store{articles: map[int]Article{}}
	do(store, "POST", "/articles/", `{"headline": "Ferry service resumes after storm"}`)
	do(store, "POST", "/articles/", `{"headline": "Zoo welcomes twin otters"}`)
	do(store, "POST", "/articles/", `{"headline": ""}`)
	do(store, "POST", "/articles/", `not json`)
	do(store, "GET", "/articles/1", "")
	do(store, "GET", "/articles/2", "")
	do(store, "GET", "/articles/9", "")
	do(store, "GET", "/articles/abc", "")
	do(store, "DELETE", "/articles/1", "")
	fmt.Println("stored articles:", len(store.articles))
}
