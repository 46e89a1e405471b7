package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

var errDatabaseDown = errors.New("database unavailable")

func Recover(logw *bytes.Buffer) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				if v := recover(); v != nil {
					if v == http.ErrAbortHandler {
						panic(v)
					}
					fmt.Fprintf(logw, "panic recovered on %s: %v (%T)\n", r.URL.Path, v, v)
					w.Header().Set("Content-Type", "application/json")
					w.WriteHeader(http.StatusInternalServerError)
					fmt.Fprint(w, `{"error":"internal server error"}`)
				}
			}()
			next.ServeHTTP(w, r)
		})
	}
}

func routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "all good")
	})
	mux.HandleFunc("GET /index", func(w http.ResponseWriter, r *http.Request) {
		list := []string{"a", "b"}
		idx := strings.Count(r.URL.RawQuery, "x")
		fmt.Fprint(w, list[idx])
	})
	mux.HandleFunc("GET /nilmap", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["boom"] = 1
	})
	mux.HandleFunc("GET /custom", func(w http.ResponseWriter, r *http.Request) {
		panic(fmt.Errorf("loading user: %w", errDatabaseDown))
	})
	mux.HandleFunc("GET /string", func(w http.ResponseWriter, r *http.Request) {
		panic("unexpected state")
	})
	return mux
}

func main() {
	var logs bytes.Buffer
	h := Recover(&logs)(routes())

	for _, target := range []string{"/ok", "/index?x", "/index?xxx", "/nilmap", "/custom", "/string"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		fmt.Printf("%-12s status=%d type=%q body=%s\n", target, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	fmt.Println("--- recovery log ---")
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		fmt.Println(line)
	}
}
