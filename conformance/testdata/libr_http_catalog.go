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

type Book struct {
	ID       int    `json:"id"`
	Title    string `json:"title"`
	OnLoan   bool   `json:"on_loan"`
	Borrower string `json:"borrower,omitempty"`
}

type Catalog struct {
	mu    sync.Mutex
	books map[int]*Book
}

func (c *Catalog) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var id int
	if _, err := fmt.Sscanf(r.URL.Path, "/books/%d", &id); err != nil {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	b, ok := c.books[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch r.Method {
	case http.MethodGet:
	case http.MethodPost:
		if b.OnLoan {
			http.Error(w, "already on loan", http.StatusConflict)
			return
		}
		b.OnLoan = true
		b.Borrower = r.URL.Query().Get("patron")
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(b)
}

func main() {
	cat := &Catalog{books: map[int]*Book{
		1: {ID: 1, Title: "Anna Karenina"},
		2: {ID: 2, Title: "War and Peace"},
	}}
	srv := httptest.NewServer(cat)
	defer srv.Close()

	calls := []struct{ method, path string }{
		{"GET", "/books/1"},
		{"POST", "/books/1?patron=lev"},
		{"POST", "/books/1?patron=sofia"},
		{"GET", "/books/9"},
		{"DELETE", "/books/2"},
		{"GET", "/shelves/2"},
	}
	for _, c := range calls {
		req, err := http.NewRequest(c.method, srv.URL+c.path, nil)
		if err != nil {
			fmt.Println("request error:", err)
			return
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println("transport error:", err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%-6s %-22s %d %s\n", c.method, c.path, resp.StatusCode, strings.TrimSpace(string(body)))
		if resp.StatusCode == http.StatusOK {
			var b Book
			if err := json.Unmarshal(body, &b); err == nil {
				fmt.Printf("       decoded: %+v\n", b)
			}
		}
	}

	rec := httptest.NewRecorder()
	cat.ServeHTTP(rec, httptest.NewRequest("GET", "/books/2", nil))
	fmt.Println("recorder:", rec.Code, rec.Header().Get("Content-Type"))
	fmt.Print("recorder body: ", rec.Body.String())
}
