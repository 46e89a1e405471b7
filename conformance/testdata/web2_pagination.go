package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
)

type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type Page struct {
	Items   []Item `json:"items"`
	Page    int    `json:"page"`
	PerPage int    `json:"per_page"`
	Total   int    `json:"total"`
	Pages   int    `json:"pages"`
}

var catalog []Item

func init() {
	names := []string{"apple", "banana", "cherry", "date", "elder", "fig", "grape",
		"honeydew", "kiwi", "lemon", "mango", "nectarine", "orange"}
	for i, n := range names {
		catalog = append(catalog, Item{ID: i + 1, Name: n})
	}
}

func intParam(q url.Values, key string, def, min, max int) (int, error) {
	s := q.Get(key)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < min || n > max {
		return 0, fmt.Errorf("%s must be an integer in [%d,%d]", key, min, max)
	}
	return n, nil
}

func listItems(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page, err := intParam(q, "page", 1, 1, 1000)
	if err == nil {
		var per int
		per, err = intParam(q, "per_page", 5, 1, 50)
		if err == nil {
			total := len(catalog)
			start := min((page-1)*per, total)
			end := min(start+per, total)
			pages := (total + per - 1) / per
			if page < pages {
				next := url.Values{"page": {strconv.Itoa(page + 1)}, "per_page": {strconv.Itoa(per)}}
				w.Header().Set("Link", fmt.Sprintf(`</items?%s>; rel="next"`, next.Encode()))
			}
			w.Header().Set("X-Total-Count", strconv.Itoa(total))
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(Page{Items: catalog[start:end], Page: page,
				PerPage: per, Total: total, Pages: pages})
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

func main() {
	for _, qs := range []string{
		"",
		"page=2",
		"page=3",
		"page=2&per_page=4",
		"page=4&per_page=4",
		"page=9",
		"page=0",
		"per_page=100",
		"page=abc",
	} {
		rec := httptest.NewRecorder()
		listItems(rec, httptest.NewRequest("GET", "/items?"+qs, nil))
		fmt.Printf("?%s -> %d total=%q link=%q\n  %s", qs, rec.Code,
			rec.Header().Get("X-Total-Count"), rec.Header().Get("Link"), rec.Body.String())
	}
}
