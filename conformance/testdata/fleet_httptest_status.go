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

type Status struct {
	Truck  string  `json:"truck"`
	State  string  `json:"state"`
	FuelPc float64 `json:"fuel_pc"`
}

type Server struct {
	mu     sync.Mutex
	status map[string]Status
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/trucks/")
	switch r.Method {
	case http.MethodGet:
		s.mu.Lock()
		st, ok := s.status[id]
		s.mu.Unlock()
		if !ok {
			http.Error(w, "no such truck: "+id, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(st)
	case http.MethodPut:
		var st Status
		if err := json.NewDecoder(r.Body).Decode(&st); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		st.Truck = id
		s.mu.Lock()
		s.status[id] = st
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, PUT")
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
		fmt.Println("transport error:", err)
		return
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	fmt.Printf("%-6s %-12s -> %d %s\n", method, req.URL.Path, resp.StatusCode, http.StatusText(resp.StatusCode))
	if len(data) > 0 {
		fmt.Printf("       body: %s", data)
	}
	if ct := resp.Header.Get("Content-Type"); ct == "application/json" {
		var st Status
		if err := json.Unmarshal(data, &st); err == nil {
			fmt.Printf("       decoded: %+v\n", st)
		}
	}
}

func main() {
	srv := &Server{status: map[string]Status{
		"T1": {Truck: "T1", State: "en-route", FuelPc: 64.5},
	}}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	client := ts.Client()

	do(client, "GET", ts.URL+"/trucks/T1", "")
	do(client, "GET", ts.URL+"/trucks/T9", "")
	do(client, "PUT", ts.URL+"/trucks/T2", `{"state":"loading","fuel_pc":98}`)
	do(client, "GET", ts.URL+"/trucks/T2", "")
	do(client, "PUT", ts.URL+"/trucks/T3", `{"state":`)
	do(client, "DELETE", ts.URL+"/trucks/T1", "")

	// httptest.NewRecorder tests a handler without any network at all.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/trucks/T1", nil)
	srv.ServeHTTP(rec, req)
	fmt.Println("recorder:", rec.Code, strings.TrimSpace(rec.Body.String()))
}
