package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
)

var hopByHop = []string{"Connection", "Keep-Alive", "Proxy-Authorization", "Te", "Trailer",
	"Transfer-Encoding", "Upgrade"}

type Rewriter struct {
	Target  *url.URL
	Backend http.Handler
}

func (rw *Rewriter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	out := r.Clone(r.Context())
	for _, f := range strings.Split(r.Header.Get("Connection"), ",") {
		if f = strings.TrimSpace(f); f != "" {
			out.Header.Del(f)
		}
	}
	for _, h := range hopByHop {
		out.Header.Del(h)
	}
	clientIP, _, _ := strings.Cut(r.RemoteAddr, ":")
	if prior := r.Header.Get("X-Forwarded-For"); prior != "" {
		clientIP = prior + ", " + clientIP
	}
	out.Header.Set("X-Forwarded-For", clientIP)
	out.Header.Set("X-Forwarded-Host", r.Host)
	out.Header.Set("X-Forwarded-Proto", "https")
	out.Host = rw.Target.Host
	out.URL.Scheme = rw.Target.Scheme
	out.URL.Host = rw.Target.Host
	out.URL.Path = rw.Target.Path + strings.TrimPrefix(r.URL.Path, "/api")

	rec := httptest.NewRecorder()
	rw.Backend.ServeHTTP(rec, out)
	for k, vs := range rec.Header() {
		if k == "Server" || k == "X-Internal-Trace" {
			continue
		}
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	if loc := w.Header().Get("Location"); strings.HasPrefix(loc, rw.Target.String()) {
		w.Header().Set("Location", "/api"+strings.TrimPrefix(loc, rw.Target.String()))
	}
	w.Header().Set("Via", "1.1 edge-proxy")
	w.WriteHeader(rec.Code)
	w.Write(rec.Body.Bytes())
}

func printHeaders(prefix string, h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s%s: %s\n", prefix, k, strings.Join(h[k], " | "))
	}
}

func main() {
	backend := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Printf("backend saw %s host=%s path=%s query=%s\n", r.Method, r.Host, r.URL.Path, r.URL.RawQuery)
		printHeaders("  > ", r.Header)
		w.Header().Set("Server", "internal-app/3.2")
		w.Header().Set("X-Internal-Trace", "abc123")
		w.Header().Set("Content-Type", "text/plain")
		if r.URL.Path == "/v2/old" {
			w.Header().Set("Location", "http://backend.internal:8080/v2/new")
			w.WriteHeader(http.StatusMovedPermanently)
			return
		}
		fmt.Fprintf(w, "served %s\n", r.URL.Path)
	})
	target, _ := url.Parse("http://backend.internal:8080/v2")
	proxy := &Rewriter{Target: target, Backend: backend}

	for _, p := range []string{"/api/users?limit=2", "/api/old"} {
		req := httptest.NewRequest("GET", "http://www.example.com"+p, nil)
		req.RemoteAddr = "203.0.113.9:41234"
		req.Header.Set("Connection", "keep-alive, X-Secret-Hop")
		req.Header.Set("X-Secret-Hop", "drop me")
		req.Header.Set("Keep-Alive", "timeout=5")
		req.Header.Set("X-Forwarded-For", "198.51.100.1")
		req.Header.Set("Accept", "text/plain")
		rec := httptest.NewRecorder()
		proxy.ServeHTTP(rec, req)
		fmt.Printf("client got %d body=%q\n", rec.Code, rec.Body.String())
		printHeaders("  < ", rec.Header())
	}
}
