package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

var trace []string

func Named(name string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			trace = append(trace, "enter "+name)
			next.ServeHTTP(w, r)
			trace = append(trace, "leave "+name)
		})
	}
}

func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", "default-src 'self'")
		next.ServeHTTP(w, r)
	})
}

func MaxBody(n int64) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength > n {
				trace = append(trace, "body too large")
				http.Error(w, "payload too large", http.StatusRequestEntityTooLarge)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, n)
			next.ServeHTTP(w, r)
		})
	}
}

func StripSlash(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p := r.URL.Path; len(p) > 1 && strings.HasSuffix(p, "/") {
			http.Redirect(w, r, strings.TrimSuffix(p, "/"), http.StatusPermanentRedirect)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	final := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		trace = append(trace, "handler "+r.URL.Path)
		data, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "ok %s read=%d", r.URL.Path, len(data))
	})
	h := Chain(final, Named("outer"), SecurityHeaders, StripSlash, Named("inner"), MaxBody(16))

	for _, c := range []struct{ method, path, body string }{
		{"GET", "/status", ""},
		{"GET", "/status/", ""},
		{"POST", "/upload", "small"},
		{"POST", "/upload", "this body is definitely too large"},
	} {
		trace = nil
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, strings.NewReader(c.body)))
		fmt.Printf("%s %s -> %d loc=%q xfo=%s csp=%q\n", c.method, c.path, rec.Code,
			rec.Header().Get("Location"), rec.Header().Get("X-Frame-Options"),
			rec.Header().Get("Content-Security-Policy"))
		fmt.Printf("  body: %q\n  trace: %s\n", rec.Body.String(), strings.Join(trace, " > "))
	}
}
