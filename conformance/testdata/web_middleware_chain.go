package main

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strconv"
)

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func Logging(logger *log.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			sr := &statusRecorder{ResponseWriter: w}
			next.ServeHTTP(sr, r)
			logger.Printf("%s %s status=%d bytes=%d rid=%s", r.Method, r.URL.Path, sr.status, sr.bytes, w.Header().Get("X-Request-ID"))
		})
	}
}

func RequestID() Middleware {
	var counter int
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			counter++
			w.Header().Set("X-Request-ID", "req-"+strconv.Itoa(counter))
			next.ServeHTTP(w, r)
		})
	}
}

func RequireAPIKey(key string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("X-API-Key") != key {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func main() {
	var logBuf bytes.Buffer
	logger := log.New(&logBuf, "[access] ", 0)

	app := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from %s", r.URL.Path)
	})
	handler := Chain(app, RequestID(), Logging(logger), RequireAPIKey("s3cret"))

	requests := []struct {
		path string
		key  string
	}{
		{"/dashboard", "s3cret"},
		{"/admin", "wrong"},
		{"/reports", ""},
		{"/profile", "s3cret"},
	}
	for _, rq := range requests {
		req := httptest.NewRequest(http.MethodGet, rq.path, nil)
		if rq.key != "" {
			req.Header.Set("X-API-Key", rq.key)
		}
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		fmt.Printf("%-10s %d %q\n", rq.path, rec.Code, rec.Body.String())
	}
	fmt.Println("--- access log ---")
	fmt.Print(logBuf.String())
}
