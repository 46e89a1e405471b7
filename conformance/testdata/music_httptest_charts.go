package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type ChartEntry struct {
	Rank   int    `json:"rank"`
	Title  string `json:"title"`
	Artist string `json:"artist"`
	Plays  int    `json:"plays"`
}

var chart = map[string][]ChartEntry{
	"jazz": {
		{1, "Velvet Hour", "Nina Cole Trio", 88210},
		{2, "Brass Tacks", "The Hornets", 61044},
	},
	"indie": {
		{1, "Paper Satellites", "Loft Kids", 402113},
		{2, "Slow Motion Summer", "Amber Fields", 390872},
		{3, "Kettle Song", "Harbor & Co", 120554},
	},
}

func chartHandler(w http.ResponseWriter, r *http.Request) {
	genre := strings.TrimPrefix(r.URL.Path, "/charts/")
	entries, ok := chart[genre]
	if !ok {
		http.Error(w, "no chart for genre "+genre, http.StatusNotFound)
		return
	}
	limit := len(entries)
	if r.URL.Query().Get("top") == "1" {
		limit = 1
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(entries[:limit])
}

func fetch(client *http.Client, url string) ([]ChartEntry, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(resp.Body)
		return nil, fmt.Errorf("status %d: %s", resp.StatusCode, strings.TrimSpace(string(body)))
	}
	var entries []ChartEntry
	if err := json.NewDecoder(resp.Body).Decode(&entries); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return entries, nil
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/charts/", chartHandler)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	paths := []string{"/charts/indie", "/charts/jazz?top=1", "/charts/polka"}
	all := []ChartEntry{}
	for _, p := range paths {
		entries, err := fetch(srv.Client(), srv.URL+p)
		if err != nil {
			fmt.Printf("GET %-20s error: %v\n", p, err)
			continue
		}
		fmt.Printf("GET %-20s %d entries\n", p, len(entries))
		for _, e := range entries {
			fmt.Printf("    #%d %-20s %-15s %7d\n", e.Rank, e.Title, e.Artist, e.Plays)
		}
		all = append(all, entries...)
	}

	sort.Slice(all, func(i, j int) bool { return all[i].Plays > all[j].Plays })
	fmt.Println("combined leader:", all[0].Title)

	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/charts/jazz", nil)
	chartHandler(rec, req)
	fmt.Println("recorder status:", rec.Code, rec.Header().Get("Content-Type"))
	fmt.Print("recorder body: ", rec.Body.String())
}
