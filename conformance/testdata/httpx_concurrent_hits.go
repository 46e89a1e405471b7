package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
)

type HitCounter struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *HitCounter) Inc(page string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits[page]++
	return c.hits[page]
}

func (c *HitCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.hits))
	for k, v := range c.hits {
		out[k] = v
	}
	return out
}

func main() {
	counter := &HitCounter{hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /page/{name}", func(w http.ResponseWriter, r *http.Request) {
		counter.Inc(r.PathValue("name"))
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("GET /stats", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(counter.Snapshot()) // map keys are sorted by encoding/json
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client := srv.Client()

	pages := []string{"home", "about", "blog", "home", "blog", "home"}
	const workers = 8
	const perWorker = 25

	statuses := make([][]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				page := pages[(w+i)%len(pages)]
				resp, err := client.Get(srv.URL + "/page/" + page)
				if err != nil {
					statuses[w] = append(statuses[w], -1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				statuses[w] = append(statuses[w], resp.StatusCode)
			}
		})
	}
	wg.Wait()

	okCount := 0
	for w, st := range statuses {
		okCount += len(slices.DeleteFunc(slices.Clone(st), func(c int) bool { return c != 200 }))
		if w < 2 {
			fmt.Printf("worker %d: %d requests, first=%d last=%d\n", w, len(st), st[0], st[len(st)-1])
		}
	}
	fmt.Println("total 200 responses:", okCount)

	resp, err := client.Get(srv.URL + "/stats")
	if err != nil {
		fmt.Println("stats error:", err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("stats: %s", body)

	var stats map[string]int
	json.Unmarshal(body, &stats)
	sum := 0
	for _, n := range slices.Sorted(maps.Keys(stats)) {
		sum += stats[n]
		fmt.Printf("  %-6s %3d (%d%%)\n", n, stats[n], stats[n]*100/(workers*perWorker))
	}
	fmt.Println("sum:", sum, "expected:", workers*perWorker)
}
