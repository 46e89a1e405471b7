package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
)

type Page[T any] struct {
	Items      []T `json:"items"`
	Page       int `json:"page"`
	PerPage    int `json:"per_page"`
	TotalPages int `json:"total_pages"`
}

func Paginate[T any](all []T, page, perPage int) Page[T] {
	total := (len(all) + perPage - 1) / perPage
	start := (page - 1) * perPage
	end := min(start+perPage, len(all))
	items := []T{}
	if start < len(all) {
		items = all[start:end]
	}
	return Page[T]{Items: items, Page: page, PerPage: perPage, TotalPages: total}
}

func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s: %q is not an integer", name, s)
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("%s: %d out of range [%d, %d]", name, n, lo, hi)
	}
	return n, nil
}

func listColors(colors []string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		page, err1 := intParam(q, "page", 1, 1, 1000)
		per, err2 := intParam(q, "per_page", 3, 1, 5)
		if err := errors.Join(err1, err2); err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		p := Paginate(colors, page, per)
		if page < p.TotalPages {
			next := url.Values{"page": {strconv.Itoa(page + 1)}, "per_page": {strconv.Itoa(per)}}
			w.Header().Set("Link", fmt.Sprintf(`</colors?%s>; rel="next"`, next.Encode()))
		}
		w.Header().Set("X-Total-Count", strconv.Itoa(len(colors)))
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(p)
	}
}

func main() {
	colors := []string{"red", "orange", "yellow", "green", "blue", "indigo", "violet"}
	mux := http.NewServeMux()
	mux.Handle("GET /colors", listColors(colors))

	targets := []string{
		"/colors",
		"/colors?page=2",
		"/colors?page=3",
		"/colors?page=4",
		"/colors?page=2&per_page=5",
		"/colors?page=zero",
		"/colors?page=0&per_page=9",
	}
	for _, t := range targets {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, t, nil))
		fmt.Printf("GET %s -> %d\n", t, rec.Code)
		for _, h := range []string{"X-Total-Count", "Link"} {
			if v := rec.Header().Get(h); v != "" {
				fmt.Printf("  %s: %s\n", h, v)
			}
		}
		fmt.Printf("  %s", rec.Body.String())
	}
}
