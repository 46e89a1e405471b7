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

type gzipResponseWriter struct {
	http.ResponseWriter
	zw *gzip.Writer
}

func (g *gzipResponseWriter) Write(b []byte) (int, error) { return g.zw.Write(b) }

func Gzip(minSize int, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if !acceptsGzip(r.Header.Get("Accept-Encoding")) {
			next.ServeHTTP(w, r)
			return
		}
		// Buffer the response so small bodies can skip compression.
		buf := httptest.NewRecorder()
		next.ServeHTTP(buf, r)
		for k, v := range buf.Header() {
			w.Header()[k] = v
		}
		body := buf.Body.Bytes()
		if len(body) < minSize {
			w.WriteHeader(buf.Code)
			w.Write(body)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Del("Content-Length")
		w.WriteHeader(buf.Code)
		zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		gw := &gzipResponseWriter{ResponseWriter: w, zw: zw}
		gw.Write(body)
		zw.Close()
	})
}

func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(enc, "gzip") && strings.TrimSpace(params) != "q=0" {
			return true
		}
	}
	return false
}

func report(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/csv")
	n := 3
	if r.URL.Query().Get("big") == "1" {
		n = 200
	}
	fmt.Fprintln(w, "id,name,status")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(w, "%d,user-%03d,active\n", i, i)
	}
}

func main() {
	h := Gzip(256, http.HandlerFunc(report))
	for _, c := range []struct{ target, ae string }{
		{"/report?big=1", "gzip, deflate, br"},
		{"/report?big=1", ""},
		{"/report", "gzip"},
		{"/report?big=1", "gzip;q=0, identity"},
	} {
		req := httptest.NewRequest("GET", c.target, nil)
		if c.ae != "" {
			req.Header.Set("Accept-Encoding", c.ae)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		raw := rec.Body.Bytes()
		var plain []byte
		if rec.Header().Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				fmt.Println("gzip error:", err)
				continue
			}
			plain, _ = io.ReadAll(zr)
		} else {
			plain = raw
		}
		lines := strings.Split(strings.TrimSpace(string(plain)), "\n")
		fmt.Printf("%-14s AE=%-20q enc=%-5q vary=%q type=%q\n", c.target, c.ae, rec.Header().Get("Content-Encoding"), rec.Header().Get("Vary"), rec.Header().Get("Content-Type"))
		fmt.Printf("  decoded=%d bytes, %d lines, compressed smaller=%v, last=%q\n", len(plain), len(lines), len(raw) < len(plain), lines[len(lines)-1])
	}
}
