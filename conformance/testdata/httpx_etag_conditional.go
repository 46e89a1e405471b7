package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Doc struct {
	mu   sync.Mutex
	body string
}

func etagOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return `"` + hex.EncodeToString(sum[:])[:12] + `"`
}

func matches(header, etag string) bool {
	for _, part := range strings.Split(header, ",") {
		part = strings.TrimSpace(part)
		if part == "*" || strings.TrimPrefix(part, "W/") == etag {
			return true
		}
	}
	return false
}

func (d *Doc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	d.mu.Lock()
	defer d.mu.Unlock()
	tag := etagOf(d.body)
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("ETag", tag)
		w.Header().Set("Cache-Control", "private, max-age=60")
		if inm := r.Header.Get("If-None-Match"); inm != "" && matches(inm, tag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		io.WriteString(w, d.body)
	case http.MethodPut:
		im := r.Header.Get("If-Match")
		if im == "" {
			http.Error(w, "If-Match required", http.StatusPreconditionRequired)
			return
		}
		if !matches(im, tag) {
			w.Header().Set("ETag", tag)
			http.Error(w, "document changed since you read it", http.StatusPreconditionFailed)
			return
		}
		b, _ := io.ReadAll(r.Body)
		d.body = string(b)
		w.Header().Set("ETag", etagOf(d.body))
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, PUT")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func main() {
	doc := &Doc{body: "version one"}

	send := func(method string, hdr map[string]string, body string) string {
		req := httptest.NewRequest(method, "/doc", strings.NewReader(body))
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		doc.ServeHTTP(rec, req)
		etag := rec.Header().Get("ETag")
		fmt.Printf("%-4s %v -> %d etag=%s body=%q\n", method, hdr, rec.Code, etag, strings.TrimSpace(rec.Body.String()))
		return etag
	}

	first := send("GET", nil, "")
	send("GET", map[string]string{"If-None-Match": first}, "")
	send("GET", map[string]string{"If-None-Match": `"nope", W/` + first}, "")
	send("PUT", nil, "version two")
	second := send("PUT", map[string]string{"If-Match": first}, "version two")
	send("PUT", map[string]string{"If-Match": first}, "version three (stale)")
	send("GET", map[string]string{"If-None-Match": first}, "")
	send("GET", map[string]string{"If-None-Match": second}, "")
	send("PUT", map[string]string{"If-Match": "*"}, "version four")
	send("DELETE", nil, "")
	fmt.Println("etags differ:", first != second)
}
