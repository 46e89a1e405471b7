package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type gzipWriter struct {
	http.ResponseWriter
	zw *gzip.Writer
}

func (g *gzipWriter) Write(b []byte) (int, error) { return g.zw.Write(b) }

func Gzip(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if !acceptsGzip(r.Header.Get("Accept-Encoding")) {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Del("Content-Length")
		zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		defer zw.Close()
		next.ServeHTTP(&gzipWriter{ResponseWriter: w, zw: zw}, r)
	})
}

func acceptsGzip(h string) bool {
	for _, part := range strings.Split(h, ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.TrimSpace(params) != "q=0" {
			return true
		}
	}
	return false
}

func report(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/csv")
	fmt.Fprintln(w, "month,sales")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(w, "2024-%02d,%d\n", i, 1000+i*i*37)
	}
}

func main() {
	h := Gzip(http.HandlerFunc(report))
	for _, ae := range []string{"gzip, deflate, br", "", "deflate", "gzip;q=0", "br;q=1.0, gzip;q=0.8"} {
		req := httptest.NewRequest("GET", "/report.csv", nil)
		if ae != "" {
			req.Header.Set("Accept-Encoding", ae)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("Accept-Encoding %q -> %d encoding=%q vary=%q type=%q\n", ae, rec.Code,
			rec.Header().Get("Content-Encoding"), rec.Header().Get("Vary"), rec.Header().Get("Content-Type"))
		raw := rec.Body.Bytes()
		var body []byte
		if rec.Header().Get("Content-Encoding") == "gzip" {
			fmt.Printf("  magic=% x compressed=%t\n", raw[:2], len(raw) > 0)
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				fmt.Println("  gzip error:", err)
				continue
			}
			body, _ = io.ReadAll(zr)
		} else {
			body = raw
		}
		lines := strings.Split(strings.TrimSpace(string(body)), "\n")
		fmt.Printf("  %d lines, first=%s last=%s\n", len(lines), lines[1], lines[len(lines)-1])
	}
	req := httptest.NewRequest("GET", "/report.csv", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	zr, _ := gzip.NewReader(rec.Body)
	full, _ := io.ReadAll(zr)
	fmt.Print(string(full))
}
