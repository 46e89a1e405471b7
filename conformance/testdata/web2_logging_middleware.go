package main

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
)

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

func logging(logger *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sr := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(sr, r)
		if sr.status == 0 {
			sr.status = http.StatusOK
		}
		logger.Printf("method=%s path=%q status=%d bytes=%d ua=%q",
			r.Method, r.URL.Path, sr.status, sr.bytes, r.UserAgent())
	})
}

func main() {
	var buf bytes.Buffer
	logger := log.New(&buf, "[access] ", 0)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s!\n", r.PathValue("name"))
	})
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		b.ReadFrom(r.Body)
		w.WriteHeader(http.StatusAccepted)
		w.Write(bytes.ToUpper(b.Bytes()))
	})
	mux.HandleFunc("GET /empty", func(w http.ResponseWriter, r *http.Request) {})

	h := logging(logger, mux)
	reqs := []*http.Request{
		httptest.NewRequest("GET", "/hello/gopher", nil),
		httptest.NewRequest("POST", "/echo", strings.NewReader("quiet words")),
		httptest.NewRequest("GET", "/empty", nil),
		httptest.NewRequest("GET", "/missing", nil),
		httptest.NewRequest("DELETE", "/echo", nil),
	}
	reqs[0].Header.Set("User-Agent", "test-client/1.0")
	for _, r := range reqs {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		fmt.Printf("%s %s => %d %q\n", r.Method, r.URL.Path, rec.Code, rec.Body.String())
	}
	fmt.Println("--- log ---")
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		fmt.Println(line)
	}
}
