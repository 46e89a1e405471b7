package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type Class struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Trainer  string   `json:"trainer"`
	Capacity int      `json:"capacity"`
	Members  []string `json:"members"`
}

type server struct {
	mu      sync.Mutex
	classes map[string]*Class
}

func (s *server) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, 0, len(s.classes))
	for id := range s.classes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]*Class, 0, len(ids))
	for _, id := range ids {
		out = append(out, s.classes[id])
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (s *server) book(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.classes[r.PathValue("id")]
	if !ok {
		http.Error(w, "no such class", http.StatusNotFound)
		return
	}
	var req struct{ Member string }
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Member == "" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if len(c.Members) >= c.Capacity {
		http.Error(w, "class full", http.StatusConflict)
		return
	}
	c.Members = append(c.Members, req.Member)
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "%s booked into %s (%d/%d)\n", req.Member, c.Title, len(c.Members), c.Capacity)
}

func main() {
	s := &server{classes: map[string]*Class{
		"c1": {ID: "c1", Title: "Spin 45", Trainer: "Dana", Capacity: 2},
		"c2": {ID: "c2", Title: "Yoga Flow", Trainer: "Kim", Capacity: 10},
	}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /classes", s.list)
	mux.HandleFunc("POST /classes/{id}/book", s.book)
	ts := httptest.NewServer(mux)
	defer ts.Close()

	post := func(id, body string) {
		resp, err := http.Post(ts.URL+"/classes/"+id+"/book", "application/json", strings.NewReader(body))
		if err != nil {
			fmt.Println("request error:", err)
			return
		}
		defer resp.Body.Close()
		msg, _ := io.ReadAll(resp.Body)
		fmt.Printf("%d %s: %s", resp.StatusCode, http.StatusText(resp.StatusCode), msg)
	}

	post("c1", `{"member":"ana"}`)
	post("c1", `{"member":"ben"}`)
	post("c1", `{"member":"cy"}`)
	post("c2", `{"member":"cy"}`)
	post("c9", `{"member":"dee"}`)
	post("c2", `not json`)

	resp, err := http.Get(ts.URL + "/classes")
	if err != nil {
		fmt.Println("get error:", err)
		return
	}
	defer resp.Body.Close()
	fmt.Println("content type:", resp.Header.Get("Content-Type"))
	var classes []Class
	if err := json.NewDecoder(resp.Body).Decode(&classes); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	for _, c := range classes {
		fmt.Printf("%s %-10s trainer=%-4s %d/%d %v\n", c.ID, c.Title, c.Trainer, len(c.Members), c.Capacity, c.Members)
	}

	rec := httptest.NewRecorder()
	req := httptest.NewRequest("DELETE", "/classes", nil)
	mux.ServeHTTP(rec, req)
	fmt.Println("DELETE /classes ->", rec.Code, strings.TrimSpace(rec.Body.String()))
}
