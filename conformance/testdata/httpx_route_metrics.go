package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
)

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the real writer (for Flush).
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

type stat struct {
	count    int
	bytes    int
	statuses map[int]int
}

type Metrics struct {
	mu      sync.Mutex
	byRoute map[string]*stat
}

func (m *Metrics) Wrap(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w}
		mux.ServeHTTP(rec, r)
		_, pattern := mux.Handler(r)
		if pattern == "" {
			pattern = "(unmatched)"
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		s := m.byRoute[pattern]
		if s == nil {
			s = &stat{statuses: map[int]int{}}
			m.byRoute[pattern] = s
		}
		s.count++
		s.bytes += rec.bytes
		s.statuses[rec.status]++
	})
}

func (m *Metrics) Report(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	routes := make([]string, 0, len(m.byRoute))
	for k := range m.byRoute {
		routes = append(routes, k)
	}
	slices.Sort(routes)
	fmt.Fprintf(w, "%-22s %5s %6s  %s\n", "route", "count", "bytes", "statuses")
	for _, rt := range routes {
		s := m.byRoute[rt]
		codes := make([]string, 0, len(s.statuses))
		for code, n := range s.statuses {
			codes = append(codes, fmt.Sprintf("%d:%d", code, n))
		}
		slices.Sort(codes)
		fmt.Fprintf(w, "%-22s %5d %6d  %s\n", rt, s.count, s.bytes, strings.Join(codes, " "))
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "0" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, `{"id":%s}`, r.PathValue("id"))
	})
	mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("GET /stream", func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		for i := range 3 {
			fmt.Fprintf(w, "chunk %d\n", i)
			if err := rc.Flush(); err != nil {
				fmt.Fprintln(w, "flush failed:", err)
			}
		}
	})
	m := &Metrics{byRoute: map[string]*stat{}}
	app := m.Wrap(mux)

	reqs := []string{"GET /users/1", "GET /users/22", "GET /users/0", "POST /users",
		"POST /users", "DELETE /users/1", "GET /stream", "GET /nope", "GET /users/333"}
	for _, line := range reqs {
		method, path, _ := strings.Cut(line, " ")
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
		fmt.Printf("%-16s %d flushed=%v %q\n", line, rec.Code, rec.Flushed, rec.Body.String())
	}
	fmt.Println()
	m.Report(os.Stdout)
}
