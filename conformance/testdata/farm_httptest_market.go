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

type PriceBoard struct {
	mu     sync.Mutex
	prices map[string]float64
}

func (b *PriceBoard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	defer b.mu.Unlock()
	name := strings.TrimPrefix(r.URL.Path, "/price/")
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("Content-Type", "application/json")
		if name == "" {
			keys := make([]string, 0, len(b.prices))
			for k := range b.prices {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			json.NewEncoder(w).Encode(keys)
			return
		}
		p, ok := b.prices[name]
		if !ok {
			http.Error(w, "unknown commodity "+name, http.StatusNotFound)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"commodity": name, "price": p})
	case http.MethodPost:
		var body struct{ Price float64 }
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		b.prices[name] = body.Price
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "set %s to %.2f\n", name, body.Price)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func show(resp *http.Response, err error) {
	if err != nil {
		fmt.Println("request failed:", err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%d %s | %s\n", resp.StatusCode, http.StatusText(resp.StatusCode), strings.TrimSpace(string(body)))
}

func main() {
	board := &PriceBoard{prices: map[string]float64{"wheat": 231.5, "barley": 198.25}}
	srv := httptest.NewServer(board)
	defer srv.Close()

	show(http.Get(srv.URL + "/price/"))
	show(http.Get(srv.URL + "/price/wheat"))
	show(http.Get(srv.URL + "/price/rye"))
	show(http.Post(srv.URL+"/price/rye", "application/json", strings.NewReader(`{"Price": 175.4}`)))
	show(http.Post(srv.URL+"/price/oats", "application/json", strings.NewReader(`not json`)))
	show(http.Get(srv.URL + "/price/rye"))
	show(http.Get(srv.URL + "/price/"))

	req, _ := http.NewRequest(http.MethodDelete, srv.URL+"/price/wheat", nil)
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		fmt.Println("Allow header:", resp.Header.Get("Allow"))
	}
	show(resp, err)

	// httptest.NewRecorder tests a handler without any network at all.
	rec := httptest.NewRecorder()
	board.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/price/barley", nil))
	fmt.Println("recorder:", rec.Code, rec.Header().Get("Content-Type"), strings.TrimSpace(rec.Body.String()))
}
