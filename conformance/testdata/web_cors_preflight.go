package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
)

type CORSConfig struct {
	AllowedOrigins []string
	AllowedMethods []string
	AllowedHeaders []string
	MaxAge         int
	Credentials    bool
}

func (c CORSConfig) originAllowed(origin string) bool {
	for _, o := range c.AllowedOrigins {
		if o == origin {
			return true
		}
		if suffix, ok := strings.CutPrefix(o, "https://*."); ok && strings.HasPrefix(origin, "https://") && strings.HasSuffix(origin, "."+suffix) {
			return true
		}
	}
	return false
}

func (c CORSConfig) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		h := w.Header()
		h.Add("Vary", "Origin")
		if origin == "" || !c.originAllowed(origin) {
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		h.Set("Access-Control-Allow-Origin", origin)
		if c.Credentials {
			h.Set("Access-Control-Allow-Credentials", "true")
		}
		if reqMethod := r.Header.Get("Access-Control-Request-Method"); r.Method == http.MethodOptions && reqMethod != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			if !slices.Contains(c.AllowedMethods, reqMethod) {
				w.WriteHeader(http.StatusMethodNotAllowed)
				return
			}
			for _, hd := range strings.Split(r.Header.Get("Access-Control-Request-Headers"), ",") {
				hd = http.CanonicalHeaderKey(strings.TrimSpace(hd))
				if hd != "" && !slices.Contains(c.AllowedHeaders, hd) {
					w.WriteHeader(http.StatusForbidden)
					return
				}
			}
			h.Set("Access-Control-Allow-Methods", strings.Join(c.AllowedMethods, ", "))
			h.Set("Access-Control-Allow-Headers", strings.Join(c.AllowedHeaders, ", "))
			h.Set("Access-Control-Max-Age", strconv.Itoa(c.MaxAge))
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	cfg := CORSConfig{
		AllowedOrigins: []string{"https://app.example.com", "https://*.preview.example.com"},
		AllowedMethods: []string{"GET", "POST", "DELETE"},
		AllowedHeaders: []string{"Authorization", "Content-Type", "X-Request-Id"},
		MaxAge:         600,
		Credentials:    true,
	}
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprintf(w, "%s ok", r.Method) })
	h := cfg.Handler(api)

	type tc struct {
		method, origin, reqMethod, reqHeaders string
	}
	for _, c := range []tc{
		{"OPTIONS", "https://app.example.com", "POST", "content-type, x-request-id"},
		{"OPTIONS", "https://pr-12.preview.example.com", "DELETE", ""},
		{"OPTIONS", "https://app.example.com", "PUT", ""},
		{"OPTIONS", "https://app.example.com", "GET", "X-Debug"},
		{"OPTIONS", "https://evil.example.net", "GET", ""},
		{"GET", "https://app.example.com", "", ""},
		{"GET", "https://evil.example.net", "", ""},
		{"GET", "", "", ""},
	} {
		req := httptest.NewRequest(c.method, "/api/widgets", nil)
		for k, v := range map[string]string{"Origin": c.origin, "Access-Control-Request-Method": c.reqMethod, "Access-Control-Request-Headers": c.reqHeaders} {
			if v != "" {
				req.Header.Set(k, v)
			}
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%s origin=%q req=%q -> %d body=%q\n", c.method, c.origin, c.reqMethod, rec.Code, rec.Body.String())
		keys := make([]string, 0)
		for k := range rec.Header() {
			if strings.HasPrefix(k, "Access-Control") || k == "Vary" {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Printf("    %s: %s\n", k, strings.Join(rec.Header().Values(k), ", "))
		}
	}
}
