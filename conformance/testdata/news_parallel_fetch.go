package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

var wire = map[string]string{
	"/feeds/world":    "Summit ends without deal\nFloods displace thousands\nElection date set",
	"/feeds/business": "Shares slip on rate fears\nRetail sales climb",
	"/feeds/sport":    "Late goal seals title\nMarathon record falls\nCoach steps down\nDerby postponed",
}

type Result struct {
	Path      string
	Status    int
	Headlines int
	Bytes     int
	Err       error
}

func fetch(client *http.Client, base, path string) Result {
	resp, err := client.Get(base + path)
	if err != nil {
		return Result{Path: path, Err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return Result{Path: path, Err: err}
	}
	r := Result{Path: path, Status: resp.StatusCode, Bytes: len(body)}
	if resp.StatusCode == http.StatusOK {
		r.Headlines = len(strings.Split(strings.TrimSpace(string(body)), "\n"))
	}
	return r
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := wire[r.URL.Path]
		if !ok {
			http.Error(w, "no such feed", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, body)
	}))
	defer srv.Close()

	paths := []string{"/feeds/world", "/feeds/business", "/feeds/sport", "/feeds/weather"}
	results := make(chan Result, len(paths))
	var wg sync.WaitGroup
	client := srv.Client()
	for _, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- fetch(client, srv.URL, p)
		}()
	}
	wg.Wait()
	close(results)

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Path < all[j].Path })

	total := 0
	for _, r := range all {
		if r.Err != nil {
			fmt.Printf("%-16s error: %v\n", r.Path, r.Err)
			continue
		}
		fmt.Printf("%-16s %d %3d bytes %d headlines\n", r.Path, r.Status, r.Bytes, r.Headlines)
		total += r.Headlines
	}
	fmt.Println("feeds fetched:", len(all))
	fmt.Println("total headlines:", total)
}
