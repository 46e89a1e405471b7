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

type QuoteRequest struct {
	Plate string `json:"plate"`
	Axles int    `json:"axles"`
	Km    int    `json:"km"`
}

type QuoteResponse struct {
	Plate string `json:"plate"`
	Cents int    `json:"cents"`
}

type TollServer struct {
	mu     sync.Mutex
	quotes int
}

func (s *TollServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/health":
		fmt.Fprintln(w, "ok")
	case "/quote":
		if r.Method != http.MethodPost {
			http.Error(w, "use POST", http.StatusMethodNotAllowed)
			return
		}
		var q QuoteRequest
		if err := json.NewDecoder(r.Body).Decode(&q); err != nil || q.Axles < 2 {
			http.Error(w, "bad quote request", http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		s.quotes++
		s.mu.Unlock()
		cents := q.Km * 12 * (q.Axles - 1)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(QuoteResponse{Plate: q.Plate, Cents: cents})
	default:
		http.NotFound(w, r)
	}
}

func (s *TollServer) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quotes
}

func main() {
	ts := &TollServer{}
	srv := httptest.NewServer(ts)
	defer srv.Close()
	client := srv.Client()

	show := func(resp *http.Response, err error) {
		if err != nil {
			fmt.Println("request error:", err)
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		fmt.Printf("%d %s | %s\n", resp.StatusCode, resp.Header.Get("Content-Type"), strings.TrimSpace(string(body)))
	}

	show(client.Get(srv.URL + "/health"))
	show(client.Get(srv.URL + "/quote"))
	show(client.Post(srv.URL+"/quote", "application/json", strings.NewReader(`{"plate":"HW-1","axles":2,"km":40}`)))
	show(client.Post(srv.URL+"/quote", "application/json", strings.NewReader(`{"plate":"HW-2","axles":5,"km":110}`)))
	show(client.Post(srv.URL+"/quote", "application/json", strings.NewReader(`{"plate":"HW-3","axles":1}`)))
	show(client.Get(srv.URL + "/missing"))

	// ResponseRecorder tests the handler without a network.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/quote", strings.NewReader(`{"plate":"REC-9","axles":3,"km":10}`))
	ts.ServeHTTP(rec, req)
	var qr QuoteResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &qr); err == nil {
		fmt.Printf("recorder: %d %+v\n", rec.Code, qr)
	}
	fmt.Println("quotes issued:", ts.Count())
}
