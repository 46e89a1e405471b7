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

type GradeStore struct {
	mu     sync.Mutex
	grades map[string]int
}

func (s *GradeStore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/grades/")
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Method {
	case http.MethodGet:
		if name == "" {
			names := make([]string, 0, len(s.grades))
			for n := range s.grades {
				names = append(names, n)
			}
			sort.Strings(names)
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(names)
			return
		}
		g, ok := s.grades[name]
		if !ok {
			http.Error(w, "no such student", http.StatusNotFound)
			return
		}
		fmt.Fprintf(w, "%s: %d\n", name, g)
	case http.MethodPost:
		var body struct{ Grade int }
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		s.grades[name] = body.Grade
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "stored %s\n", name)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func call(client *http.Client, method, url, body string) {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		fmt.Println("request error:", err)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Println("transport error:", err)
		return
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	fmt.Printf("%-6s %-18s -> %d %s | %s\n", method, req.URL.Path, resp.StatusCode,
		http.StatusText(resp.StatusCode), strings.TrimSpace(string(data)))
}

func main() {
	store := &GradeStore{grades: map[string]int{"vera": 88, "walt": 73}}
	srv := httptest.NewServer(store)
	defer srv.Close()
	c := srv.Client()

	call(c, "GET", srv.URL+"/grades/vera", "")
	call(c, "GET", srv.URL+"/grades/xena", "")
	call(c, "POST", srv.URL+"/grades/xena", `{"Grade": 91}`)
	call(c, "POST", srv.URL+"/grades/yuri", `{oops`)
	call(c, "GET", srv.URL+"/grades/xena", "")
	call(c, "DELETE", srv.URL+"/grades/walt", "")
	call(c, "GET", srv.URL+"/grades/", "")

	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/grades/walt", nil)
	store.ServeHTTP(rec, req)
	fmt.Printf("recorder: %d %q\n", rec.Code, rec.Body.String())
}
