package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
)

type CORS struct {
	AllowedOrigins []string
	AllowedMethods []string
	AllowedHeaders []string
	MaxAge         int
}

func (c CORS) originAllowed(origin string) bool {
	return slices.Contains(c.AllowedOrigins, "*") || slices.Contains(c.AllowedOrigins, origin)
}

func (c CORS) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Add("Vary", "Origin")
		if origin == "" || !c.originAllowed(origin) {
			if r.Method == http.MethodOptions && origin != "" {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", origin)
		h.Set("Access-Control-Allow-Credentials", "true")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			want := r.Header.Get("Access-Control-Request-Method")
			if !slices.Contains(c.AllowedMethods, want) {
				w.WriteHeader(http.StatusMethodNotAllowed)
				return
			}
			h.Set("Access-Control-Allow-Methods", strings.Join(c.AllowedMethods, ", "))
			h.Set("Access-Control-Allow-Headers", strings.Join(c.AllowedHeaders, ", "))
			h.Set("Access-Control-Max-Age", strconv.Itoa(c.MaxAge))
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.Set("Access-Control-Expose-Headers", "X-Total-Count")
		next.ServeHTTP(w, r)
	})
}

func main() {
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Total-Count", "2")
		fmt.Fprintf(w, "[%q,%q] via %s", "a", "b", r.Method)
	})
	cors := CORS{
		AllowedOrigins: []string{"https://app.example.com", "http://localhost:3000"},
		AllowedMethods: []string{"GET", "POST", "PUT"},
		AllowedHeaders: []string{"Content-Type", "Authorization"},
		MaxAge:         600,
	}
	h := cors.Wrap(api)

	cases := []struct {
		method, origin, reqMethod string
	}{
		{"GET", "", ""},
		{"GET", "https://app.example.com", ""},
		{"GET", "https://evil.example.net", ""},
		{"OPTIONS", "http://localhost:3000", "PUT"},
		{"OPTIONS", "http://localhost:3000", "DELETE"},
		{"OPTIONS", "https://evil.example.net", "GET"},
		{"POST", "http://localhost:3000", ""},
	}
	show := []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
		"Access-Control-Allow-Headers", "Access-Control-Max-Age", "Access-Control-Expose-Headers", "Vary"}

	for _, c := range cases {
		req := httptest.NewRequest(c.method, "/api/items", nil)
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		if c.reqMethod != "" {
			req.Header.Set("Access-Control-Request-Method", c.reqMethod)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%s origin=%q preflight=%q -> %d body=%q\n", c.method, c.origin, c.reqMethod, rec.Code, rec.Body.String())
		for _, name := range show {
			if v := rec.Header().Get(name); v != "" {
				fmt.Printf("    %s: %s\n", name, v)
			}
		}
	}
}
