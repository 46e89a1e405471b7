package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"testing/fstest"
	"time"
)

// Explicit types keep responses independent of the host's mime.types files.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".json": "application/json",
	".txt":  "text/plain; charset=utf-8",
}

func cacheControl(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ext := path.Ext(r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			ext = ".html"
		}
		if ct, ok := contentTypes[ext]; ok {
			w.Header().Set("Content-Type", ct)
		}
		if strings.HasPrefix(r.URL.Path, "/assets/") {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	mtime := time.Date(2024, 1, 15, 8, 30, 0, 0, time.UTC)
	site := fstest.MapFS{
		"index.html":         {Data: []byte("<!doctype html><title>Home</title>"), ModTime: mtime},
		"assets/app.js":      {Data: []byte("console.log('hi');\n"), ModTime: mtime},
		"assets/style.css":   {Data: []byte("body{margin:0}\n"), ModTime: mtime},
		"docs/guide.txt":     {Data: []byte("0123456789abcdefghij"), ModTime: mtime},
		"docs/data.json":     {Data: []byte(`{"ok":true}`), ModTime: mtime},
		"private/secret.key": {Data: []byte("xxx"), ModTime: mtime},
	}

	mux := http.NewServeMux()
	static := cacheControl(http.FileServerFS(site))
	mux.Handle("GET /", static)
	mux.Handle("GET /private/", http.NotFoundHandler())
	mux.Handle("GET /static/", http.StripPrefix("/static", static))

	type req struct {
		path    string
		headers map[string]string
	}
	for _, rq := range []req{
		{"/", nil},
		{"/index.html", nil},
		{"/assets/app.js", nil},
		{"/static/assets/style.css", nil},
		{"/docs/data.json", nil},
		{"/docs/guide.txt", map[string]string{"Range": "bytes=5-9"}},
		{"/docs/guide.txt", map[string]string{"If-Modified-Since": "Mon, 15 Jan 2024 08:30:00 GMT"}},
		{"/docs/", nil},
		{"/docs", nil},
		{"/private/secret.key", nil},
		{"/missing.png", nil},
	} {
		r := httptest.NewRequest("GET", rq.path, nil)
		for k, v := range rq.headers {
			r.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, r)
		res := rec.Result()
		body, _ := io.ReadAll(res.Body)
		fmt.Printf("%-26s %d type=%q", rq.path, res.StatusCode, res.Header.Get("Content-Type"))
		for _, h := range []string{"Content-Length", "Content-Range", "Last-Modified", "Location", "Cache-Control"} {
			if v := res.Header.Get(h); v != "" {
				fmt.Printf(" %s=%q", h, v)
			}
		}
		fmt.Printf("\n    body=%q\n", strings.TrimSpace(string(body)))
	}
}
