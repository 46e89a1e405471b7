package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
)

type Page[T any] struct {
	Items      []T `json:"items"`
	Page       int `json:"page"`
	PerPage    int `json:"per_page"`
	Total      int `json:"total"`
	TotalPages int `json:"total_pages"`
}

func Paginate[T any](all []T, page, perPage int) Page[T] {
	total := len(all)
	pages := (total + perPage - 1) / perPage
	start := min((page-1)*perPage, total)
	end := min(start+perPage, total)
	return Page[T]{Items: all[start:end], Page: page, PerPage: perPage, Total: total, TotalPages: pages}
}

func intParam(q url.Values, key string, def, lo, hi int) (int, error) {
	s := q.Get(key)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s must be an integer in [%d, %d]", key, lo, hi)
	}
	return n, nil
}

func linkHeader(u *url.URL, page, perPage, pages int) string {
	var parts []string
	add := func(rel string, p int) {
		q := u.Query()
		q.Set("page", strconv.Itoa(p))
		q.Set("per_page", strconv.Itoa(perPage))
		v := *u
		v.RawQuery = q.Encode()
		parts = append(parts, fmt.Sprintf("<%s>; rel=%q", v.RequestURI(), rel))
	}
	if page > 1 {
		add("first", 1)
		add("prev", page-1)
	}
	if page < pages {
		add("next", page+1)
		add("last", pages)
	}
	return strings.Join(parts, ", ")
}

func cityHandler(cities []string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		page, err := intParam(q, "page", 1, 1, 1000)
		if err == nil {
			var per int
			per, err = intParam(q, "per_page", 3, 1, 50)
			if err == nil {
				filtered := cities
				if prefix := q.Get("prefix"); prefix != "" {
					filtered = nil
					for _, c := range cities {
						if strings.HasPrefix(c, prefix) {
							filtered = append(filtered, c)
						}
					}
				}
				p := Paginate(filtered, page, per)
				if p.Items == nil {
					p.Items = []string{}
				}
				if link := linkHeader(r.URL, page, per, p.TotalPages); link != "" {
					w.Header().Set("Link", link)
				}
				w.Header().Set("X-Total-Count", strconv.Itoa(p.Total))
				json.NewEncoder(w).Encode(p)
				return
			}
		}
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
	}
}

func main() {
	cities := []string{"Berlin", "Bern", "Bordeaux", "Boston", "Cairo", "Chicago", "Lima", "Lisbon", "London", "Madrid"}
	h := cityHandler(cities)
	for _, target := range []string{
		"/cities",
		"/cities?page=2",
		"/cities?page=4",
		"/cities?page=9",
		"/cities?per_page=4&prefix=B",
		"/cities?prefix=L&page=2&per_page=2",
		"/cities?per_page=100",
		"/cities?page=-1",
	} {
		rec := httptest.NewRecorder()
		h(rec, httptest.NewRequest("GET", target, nil))
		fmt.Printf("GET %s -> %d total=%s\n", target, rec.Code, rec.Header().Get("X-Total-Count"))
		if l := rec.Header().Get("Link"); l != "" {
			fmt.Printf("  Link: %s\n", l)
		}
		fmt.Printf("  %s", rec.Body.String())
	}
}
