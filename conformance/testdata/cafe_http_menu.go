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

type MenuEntry struct {
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

type OrderReq struct {
	Item string `json:"item"`
	Qty  int    `json:"qty"`
}

type shop struct {
	mu     sync.Mutex
	menu   map[string]float64
	orders int
}

func (s *shop) handleMenu(w http.ResponseWriter, r *http.Request) {
	entries := []MenuEntry{{"americano", 3.25}, {"latte", 4.5}, {"mocha", 5.25}}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(entries)
}

func (s *shop) handleOrder(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	var req OrderReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	price, ok := s.menu[req.Item]
	if !ok {
		http.Error(w, "no such item: "+req.Item, http.StatusNotFound)
		return
	}
	s.mu.Lock()
	s.orders++
	n := s.orders
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "order %d: %d x %s = %.2f", n, req.Qty, req.Item, price*float64(req.Qty))
}

func main() {
	s := &shop{menu: map[string]float64{"americano": 3.25, "latte": 4.5, "mocha": 5.25}}
	mux := http.NewServeMux()
	mux.HandleFunc("/menu", s.handleMenu)
	mux.HandleFunc("/order", s.handleOrder)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/menu")
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	var menu []MenuEntry
	json.NewDecoder(resp.Body).Decode(&menu)
	resp.Body.Close()
	fmt.Println("status:", resp.StatusCode, "content-type:", resp.Header.Get("Content-Type"))
	for _, m := range menu {
		fmt.Printf("  %-10s %5.2f\n", m.Name, m.Price)
	}

	bodies := []string{
		`{"item":"latte","qty":2}`,
		`{"item":"chai","qty":1}`,
		`{"item":`,
		`{"item":"mocha","qty":1}`,
	}
	for _, b := range bodies {
		resp, err := http.Post(srv.URL+"/order", "application/json", strings.NewReader(b))
		if err != nil {
			fmt.Println("post failed:", err)
			continue
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %s | %s\n", resp.StatusCode, http.StatusText(resp.StatusCode), strings.TrimSpace(string(data)))
	}

	resp, err = http.Get(srv.URL + "/order")
	if err == nil {
		fmt.Println("GET /order ->", resp.StatusCode)
		resp.Body.Close()
	}

	rec := httptest.NewRecorder()
	s.handleMenu(rec, httptest.NewRequest(http.MethodGet, "/menu", nil))
	fmt.Println("recorder code:", rec.Code, "body bytes:", rec.Body.Len())
	s.mu.Lock()
	fmt.Println("orders accepted:", s.orders)
	s.mu.Unlock()
}
