package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
	hits   int
}

func (c *Counter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /vote/{option}", func(w http.ResponseWriter, r *http.Request) {
		opt := strings.ToLower(r.PathValue("option"))
		if opt != "go" && opt != "rust" && opt != "zig" {
			http.Error(w, "unknown option", http.StatusBadRequest)
			return
		}
		c.mu.Lock()
		c.counts[opt]++
		c.hits++
		c.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	})
	mux.HandleFunc("GET /results", func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		type row struct {
			Option string `json:"option"`
			Votes  int    `json:"votes"`
		}
		rows := make([]row, 0, len(c.counts))
		for k, v := range c.counts {
			rows = append(rows, row{k, v})
		}
		total := c.hits
		c.mu.Unlock()
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].Votes != rows[j].Votes {
				return rows[i].Votes > rows[j].Votes
			}
			return rows[i].Option < rows[j].Option
		})
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"total": total, "results": rows})
	})
	return mux
}

func main() {
	c := &Counter{counts: map[string]int{}}
	h := c.Handler()
	options := []string{"go", "Rust", "go", "zig", "cobol", "GO", "rust", "go"}

	var wg sync.WaitGroup
	var mu sync.Mutex
	statuses := map[int]int{}
	for worker := 0; worker < 8; worker++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				opt := options[(id+i)%len(options)]
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("POST", "/vote/"+opt, nil))
				mu.Lock()
				statuses[rec.Code]++
				mu.Unlock()
			}
		}(worker)
	}
	wg.Wait()

	codes := make([]int, 0, len(statuses))
	for code := range statuses {
		codes = append(codes, code)
	}
	sort.Ints(codes)
	for _, code := range codes {
		fmt.Printf("status %d %s: %d\n", code, http.StatusText(code), statuses[code])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/results", nil))
	fmt.Println("results:", rec.Code, rec.Header().Get("Content-Type"))
	var out struct {
		Total   int `json:"total"`
		Results []struct {
			Option string `json:"option"`
			Votes  int    `json:"votes"`
		} `json:"results"`
	}
	json.Unmarshal(rec.Body.Bytes(), &out)
	fmt.Println("total accepted:", out.Total)
	for i, r := range out.Results {
		fmt.Printf("%d. %-4s %3d %s\n", i+1, r.Option, r.Votes, strings.Repeat("#", r.Votes/5))
	}
}
