package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type Animal struct {
	Name    string `json:"name"`
	Species string `json:"species"`
	Hungry  bool   `json:"hungry"`
}

type Store struct {
	mu      sync.Mutex
	animals map[string]*Animal
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	name := strings.TrimPrefix(r.URL.Path, "/animals/")
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/animals":
		names := make([]string, 0, len(s.animals))
		for n := range s.animals {
			names = append(names, n)
		}
		sort.Strings(names)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(names)
	case r.Method == http.MethodGet:
		a, ok := s.animals[name]
		if !ok {
			http.Error(w, "no such animal", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(a)
	case r.Method == http.MethodPost:
		a, ok := s.animals[name]
		if !ok {
			http.Error(w, "no such animal", http.StatusNotFound)
			return
		}
		a.Hungry = false
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprintf(w, "fed %s\n", a.Name)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func call(client *http.Client, method, url string) {
	req, _ := http.NewRequest(method, url, nil)
	resp, err := client.Do(req)
	if err != nil {
		fmt.Println("request failed:", err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%-6s %-20s -> %d %s", method, req.URL.Path, resp.StatusCode, body)
}

func main() {
	store := &Store{animals: map[string]*Animal{
		"bao":   {"bao", "panda", true},
		"sunny": {"sunny", "parrot", false},
		"atlas": {"atlas", "gorilla", true},
	}}
	srv := httptest.NewServer(store)
	defer srv.Close()
	c := srv.Client()

	call(c, "GET", srv.URL+"/animals")
	call(c, "GET", srv.URL+"/animals/bao")
	call(c, "POST", srv.URL+"/animals/bao")
	call(c, "GET", srv.URL+"/animals/bao")
	call(c, "GET", srv.URL+"/animals/nessie")
	call(c, "DELETE", srv.URL+"/animals/atlas")

	rec := httptest.NewRecorder()
	store.ServeHTTP(rec, httptest.NewRequest("GET", "/animals/atlas", nil))
	var a Animal
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err == nil {
		fmt.Printf("recorder: %d %+v\n", rec.Code, a)
	}
	fmt.Println("content type:", rec.Header().Get("Content-Type"))
}
