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

type ResultsServer struct {
	mu     sync.Mutex
	counts map[string]int
}

type castRequest struct {
	Candidate string `json:"candidate"`
}

func (s *ResultsServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/cast":
		var req castRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Candidate == "" {
			http.Error(w, "bad ballot", http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		s.counts[req.Candidate]++
		s.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	case r.Method == http.MethodGet && r.URL.Path == "/results":
		s.mu.Lock()
		type row struct {
			Candidate string `json:"candidate"`
			Votes     int    `json:"votes"`
		}
		var rows []row
		for c, n := range s.counts {
			rows = append(rows, row{c, n})
		}
		s.mu.Unlock()
		slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.Candidate, b.Candidate) })
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(rows)
	default:
		http.NotFound(w, r)
	}
}

func main() {
	srv := httptest.NewServer(&ResultsServer{counts: map[string]int{}})
	defer srv.Close()

	ballots := []string{
		`{"candidate":"Mills"}`, `{"candidate":"Novak"}`, `{"candidate":"Mills"}`,
		`{"candidate":""}`, `not json`, `{"candidate":"Ortiz"}`, `{"candidate":"Mills"}`,
	}
	statuses := make([]int, len(ballots))
	var wg sync.WaitGroup
	for i, b := range ballots {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(srv.URL+"/cast", "application/json", strings.NewReader(b))
			if err != nil {
				return
			}
			resp.Body.Close()
			statuses[i] = resp.StatusCode
		}()
	}
	wg.Wait()
	for i, code := range statuses {
		fmt.Printf("ballot %d -> %d %s\n", i, code, http.StatusText(code))
	}

	resp, err := http.Get(srv.URL + "/results")
	if err != nil {
		fmt.Println("get:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("content-type:", resp.Header.Get("Content-Type"))
	fmt.Print("body: ", string(body))

	var parsed []map[string]any
	if err := json.Unmarshal(body, &parsed); err == nil {
		for _, p := range parsed {
			fmt.Printf("  %-6v %v\n", p["candidate"], p["votes"])
		}
	}

	resp, _ = http.Get(srv.URL + "/recount")
	resp.Body.Close()
	fmt.Println("GET /recount ->", resp.Status)
}
