package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
)

type CORS struct {
	AllowedOrigins []string
	AllowedMethods []string
	AllowedHeaders []string
	MaxAge         int
}

func (c CORS) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Add("Vary", "Origin")
		if origin == "" || !slices.Contains(c.AllowedOrigins, origin) {
			if r.Method == http.MethodOptions {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			reqMethod := r.Header.Get("Access-Control-Request-Method")
			if !slices.Contains(c.AllowedMethods, reqMethod) {
				w.WriteHeader(http.StatusMethodNotAllowed)
				return
			}
			w.Header().Set("Access-Control-Allow-Methods", strings.Join(c.AllowedMethods, ", "))
			w.Header().Set("Access-Control-Allow-Headers", strings.Join(c.AllowedHeaders, ", "))
			w.Header().Set("Access-Control-Max-Age", fmt.Sprint(c.MaxAge))
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func show(label string, rec *httptest.ResponseRecorder) {
	fmt.Printf("== %s: %d\n", label, rec.Code)
	keys := make([]string, 0)
	for k := range rec.Header() {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("   %s: %s\n", k, strings.Join(rec.Header()[k], ","))
	}
	if rec.Body.Len() > 0 {
		fmt.Printf("   body: %s", rec.Body.String())
	}
}

func main() {
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintln(w, `{"items":[1,2,3]}`)
	})
	h := CORS{
		AllowedOrigins: []string{"https://app.example.com", "https://admin.example.com"},
		AllowedMethods: []string{"GET", "POST", "DELETE"},
		AllowedHeaders: []string{"Authorization", "Content-Type"},
		MaxAge:         600,
	}.Wrap(api)

	run := func(label, method, origin, reqMethod string) {
		req := httptest.NewRequest(method, "/api/items", nil)
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if reqMethod != "" {
			req.Header.Set("Access-Control-Request-Method", reqMethod)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		show(label, rec)
	}
	run("same-origin GET", "GET", "", "")
	run("allowed GET", "GET", "https://app.example.com", "")
	run("foreign GET", "GET", "https://evil.example.net", "")
	run("preflight ok", "OPTIONS", "https://admin.example.com", "DELETE")
	run("preflight bad method", "OPTIONS", "https://app.example.com", "PATCH")
	run("preflight foreign", "OPTIONS", "https://evil.example.net", "GET")
}
