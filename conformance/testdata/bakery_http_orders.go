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

type Shop struct {
	mu    sync.Mutex
	stock map[string]int
}

type orderReq struct {
	Item string `json:"item"`
	Qty  int    `json:"qty"`
}

func (s *Shop) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/menu":
		s.mu.Lock()
		names := make([]string, 0, len(s.stock))
		for k, v := range s.stock {
			names = append(names, fmt.Sprintf("%s:%d", k, v))
		}
		s.mu.Unlock()
		slices.Sort(names)
		fmt.Fprintln(w, strings.Join(names, ","))
	case r.Method == http.MethodPost && r.URL.Path == "/order":
		var req orderReq
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		have, ok := s.stock[req.Item]
		if !ok {
			http.Error(w, "no such item", http.StatusNotFound)
			return
		}
		if have < req.Qty {
			http.Error(w, fmt.Sprintf("only %d left", have), http.StatusConflict)
			return
		}
		s.stock[req.Item] = have - req.Qty
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{"item": req.Item, "qty": req.Qty, "left": have - req.Qty})
	default:
		http.NotFound(w, r)
	}
}

func call(client *http.Client, method, url, body string) {
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	resp, err := client.Do(req)
	if err != nil {
		fmt.Println("request failed:", err)
		return
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	fmt.Printf("%-6s %-6s -> %d %s\n", method, req.URL.Path, resp.StatusCode, strings.TrimSpace(string(data)))
}

func main() {
	shop := &Shop{stock: map[string]int{"bagel": 10, "muffin": 4, "pie": 1}}
	srv := httptest.NewServer(shop)
	defer srv.Close()
	c := srv.Client()

	call(c, "GET", srv.URL+"/menu", "")
	call(c, "POST", srv.URL+"/order", `{"item":"bagel","qty":3}`)
	call(c, "POST", srv.URL+"/order", `{"item":"muffin","qty":5}`)
	call(c, "POST", srv.URL+"/order", `{"item":"scone","qty":1}`)
	call(c, "POST", srv.URL+"/order", `{"item":`)
	call(c, "DELETE", srv.URL+"/order", "")
	call(c, "GET", srv.URL+"/menu", "")

	// Handler can also be exercised without a server using a recorder.
	rec := httptest.NewRecorder()
	shop.ServeHTTP(rec, httptest.NewRequest("POST", "/order", strings.NewReader(`{"item":"pie","qty":1}`)))
	fmt.Println("recorder:", rec.Code, rec.Header().Get("Content-Type"), strings.TrimSpace(rec.Body.String()))
}
