package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Config struct {
	Version  int               `json:"version"`
	Features map[string]bool   `json:"features"`
	Limits   map[string]int    `json:"limits"`
	Labels   map[string]string `json:"labels,omitempty"`
}

func strongETag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:])[:16] + `"`
}

func etagMatches(header, etag string) bool {
	for _, candidate := range strings.Split(header, ",") {
		c := strings.TrimSpace(candidate)
		if c == "*" || strings.TrimPrefix(c, "W/") == etag {
			return true
		}
	}
	return false
}

type configHandler struct {
	cfg *Config
}

func (h configHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(h.cfg); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
		return
	}
	etag := strongETag(buf.Bytes())
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "private, max-age=0, must-revalidate")
	if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatches(inm, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if r.Method == http.MethodHead {
		return
	}
	w.Write(buf.Bytes())
}

func fetch(h http.Handler, method, inm string) (int, string, string) {
	req := httptest.NewRequest(method, "/config", nil)
	if inm != "" {
		req.Header.Set("If-None-Match", inm)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Header().Get("ETag"), rec.Body.String()
}

func main() {
	cfg := &Config{
		Version:  3,
		Features: map[string]bool{"search": true, "beta_ui": false, "export": true},
		Limits:   map[string]int{"uploads": 10, "projects": 5},
	}
	h := configHandler{cfg: cfg}

	code, etag, body := fetch(h, "GET", "")
	fmt.Printf("initial:    %d etag=%s body=%s", code, etag, body)

	code, _, body = fetch(h, "GET", etag)
	fmt.Printf("revalidate: %d body=%q\n", code, body)

	code, _, body = fetch(h, "GET", `"deadbeef", W/`+etag)
	fmt.Printf("weak list:  %d body=%q\n", code, body)

	code, _, body = fetch(h, "HEAD", "")
	fmt.Printf("head:       %d body=%q\n", code, body)

	cfg.Limits["projects"] = 50
	code, etag2, body := fetch(h, "GET", etag)
	fmt.Printf("after edit: %d etag=%s changed=%v body=%s", code, etag2, etag2 != etag, body)

	code, _, _ = fetch(h, "GET", "*")
	fmt.Printf("wildcard:   %d\n", code)

	cfg.Labels = map[string]string{} // omitempty: an empty map does not change the representation
	_, etag3, _ := fetch(h, "GET", "")
	fmt.Println("empty labels keep etag:", etag3 == etag2)
	cfg.Labels["team"] = "platform"
	_, etag4, _ := fetch(h, "GET", "")
	fmt.Println("non-empty labels change etag:", etag4 != etag2)

	full := sha256.Sum256([]byte("hello, world\n"))
	fmt.Printf("sha256(hello, world\\n) = %x\n", full)
}
