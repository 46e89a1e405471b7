package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Profile struct {
	Name string `json:"name"`
	Bio  string `json:"bio"`
}

type Resource struct {
	mu      sync.Mutex
	profile Profile
}

func etagFor(b []byte) string {
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

func matches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

func (res *Resource) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res.mu.Lock()
	defer res.mu.Unlock()
	body, _ := json.Marshal(res.profile)
	etag := etagFor(body)
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("ETag", etag)
		w.Header().Set("Cache-Control", "private, max-age=0, must-revalidate")
		if inm := r.Header.Get("If-None-Match"); inm != "" && matches(inm, etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	case http.MethodPut:
		if im := r.Header.Get("If-Match"); im == "" || !matches(im, etag) {
			http.Error(w, "precondition failed", http.StatusPreconditionFailed)
			return
		}
		var p Profile
		if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		res.profile = p
		nb, _ := json.Marshal(p)
		w.Header().Set("ETag", etagFor(nb))
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, PUT")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func main() {
	res := &Resource{profile: Profile{Name: "Ana", Bio: "likes Go"}}
	send := func(method string, hdr map[string]string, body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, "/profile", strings.NewReader(body))
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		res.ServeHTTP(rec, req)
		fmt.Printf("%s %v -> %d etag=%s body=%q\n", method, hdr, rec.Code,
			rec.Header().Get("ETag"), rec.Body.String())
		return rec
	}
	first := send("GET", nil, "")
	tag := first.Header().Get("ETag")
	send("GET", map[string]string{"If-None-Match": tag}, "")
	send("GET", map[string]string{"If-None-Match": `"deadbeef", W/` + tag}, "")
	send("GET", map[string]string{"If-None-Match": `"stale"`}, "")
	send("PUT", nil, `{"name":"Ana","bio":"loves Go"}`)
	send("PUT", map[string]string{"If-Match": `"stale"`}, `{"name":"Ana","bio":"loves Go"}`)
	upd := send("PUT", map[string]string{"If-Match": tag}, `{"name":"Ana","bio":"loves Go"}`)
	send("GET", map[string]string{"If-None-Match": tag}, "")
	send("GET", map[string]string{"If-None-Match": upd.Header().Get("ETag")}, "")
	send("DELETE", nil, "")
}
