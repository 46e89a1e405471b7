package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Recoverer struct {
	Log       *bytes.Buffer
	Recovered int
}

func (rc *Recoverer) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			rc.Recovered++
			var msg string
			switch x := v.(type) {
			case error:
				msg = "error: " + x.Error()
			case string:
				msg = "string: " + x
			default:
				msg = fmt.Sprintf("value: %v", x)
			}
			fmt.Fprintf(rc.Log, "panic in %s %s: %s\n", r.Method, r.URL.Path, msg)
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Connection", "close")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprintln(w, `{"error":"internal server error"}`)
		}()
		next.ServeHTTP(w, r)
	})
}

var errDB = errors.New("database connection lost")

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "all good")
	})
	mux.HandleFunc("GET /string", func(w http.ResponseWriter, r *http.Request) {
		panic("something broke")
	})
	mux.HandleFunc("GET /error", func(w http.ResponseWriter, r *http.Request) {
		panic(fmt.Errorf("load user: %w", errDB))
	})
	mux.HandleFunc("GET /index", func(w http.ResponseWriter, r *http.Request) {
		items := []string{"a", "b"}
		n := len(r.URL.Query().Get("n")) + 5
		fmt.Fprintln(w, items[n])
	})
	mux.HandleFunc("GET /nil", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["x"] = 1
	})
	mux.HandleFunc("GET /int", func(w http.ResponseWriter, r *http.Request) {
		panic(42)
	})

	rc := &Recoverer{Log: &bytes.Buffer{}}
	h := rc.Wrap(mux)
	for _, p := range []string{"/ok", "/string", "/error", "/index", "/nil", "/int", "/ok"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Printf("%-8s %d conn=%q body=%s\n", p, rec.Code,
			rec.Header().Get("Connection"), strings.TrimSpace(rec.Body.String()))
	}
	fmt.Println("recovered:", rc.Recovered)
	fmt.Print(rc.Log.String())
}
