package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Ticket struct {
	ID       int    `json:"id"`
	Title    string `json:"title"`
	Priority string `json:"priority"`
}

type Store struct {
	mu      sync.Mutex
	nextID  int
	tickets map[int]Ticket
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Method {
	case http.MethodPost:
		var t Ticket
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil || t.Title == "" {
			http.Error(w, "invalid ticket", http.StatusBadRequest)
			return
		}
		s.nextID++
		t.ID = s.nextID
		s.tickets[t.ID] = t
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(t)
	case http.MethodGet:
		list := make([]Ticket, 0, len(s.tickets))
		for id := 1; id <= s.nextID; id++ {
			if t, ok := s.tickets[id]; ok {
				list = append(list, t)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(list)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func do(client *http.Client, method, url, body string) {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		fmt.Println("request error:", err)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Println("do error:", err)
		return
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	fmt.Printf("%-6s %d %s\n", method, resp.StatusCode, strings.TrimSpace(string(data)))
}

func main() {
	store := &Store{tickets: make(map[int]Ticket)}
	srv := httptest.NewServer(store)
	defer srv.Close()
	client := srv.Client()

	do(client, "POST", srv.URL, `{"title":"Seat map blank","priority":"high"}`)
	do(client, "POST", srv.URL, `{"title":"Refund delayed","priority":"medium"}`)
	do(client, "POST", srv.URL, `{"priority":"low"}`)
	do(client, "POST", srv.URL, `not json`)
	do(client, "DELETE", srv.URL, "")
	do(client, "GET", srv.URL, "")

	rec := httptest.NewRecorder()
	store.ServeHTTP(rec, httptest.NewRequest("GET", "/tickets", nil))
	var list []Ticket
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println("recorder status:", rec.Code, "content-type:", rec.Header().Get("Content-Type"))
	for _, t := range list {
		fmt.Printf("  %+v\n", t)
	}
}
