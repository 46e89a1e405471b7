package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Document struct {
	mu      sync.RWMutex
	content string
	rev     int
}

func etagFor(content string, rev int) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d:%s", rev, content)
	return fmt.Sprintf(`W/"%016x"`, h.Sum64())
}

func (d *Document) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		d.mu.RLock()
		content, rev := d.content, d.rev
		d.mu.RUnlock()
		w.Header().Set("ETag", etagFor(content, rev))
		io.WriteString(w, content)
	case http.MethodPut:
		ifMatch := r.Header.Get("If-Match")
		if ifMatch == "" {
			http.Error(w, "If-Match header required", http.StatusPreconditionRequired)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "read error", http.StatusBadRequest)
			return
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		current := etagFor(d.content, d.rev)
		if ifMatch != current {
			w.Header().Set("ETag", current)
			http.Error(w, "document was modified by someone else", http.StatusPreconditionFailed)
			return
		}
		d.content = string(body)
		d.rev++
		w.Header().Set("ETag", etagFor(d.content, d.rev))
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, PUT")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

type result struct {
	code int
	etag string
	body string
}

func call(h http.Handler, method, ifMatch, body string) result {
	req := httptest.NewRequest(method, "/doc", strings.NewReader(body))
	if ifMatch != "" {
		req.Header.Set("If-Match", ifMatch)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return result{rec.Code, rec.Header().Get("ETag"), strings.TrimSpace(rec.Body.String())}
}

func main() {
	doc := &Document{content: "draft v1"}

	alice := call(doc, "GET", "", "")
	bob := call(doc, "GET", "", "")
	fmt.Printf("alice read: %+v\n", alice)
	fmt.Printf("bob read:   %+v\n", bob)

	r := call(doc, "PUT", alice.etag, "alice's edit")
	fmt.Printf("alice put:  %+v\n", r)

	r = call(doc, "PUT", bob.etag, "bob's edit")
	fmt.Printf("bob put:    %+v\n", r)

	bob = call(doc, "GET", "", "")
	fmt.Printf("bob reread: %+v\n", bob)
	r = call(doc, "PUT", bob.etag, bob.body+" + bob's edit")
	fmt.Printf("bob retry:  %+v\n", r)

	fmt.Printf("no header:  %+v\n", call(doc, "PUT", "", "x"))
	fmt.Printf("delete:     %+v\n", call(doc, "DELETE", "", ""))
	final := call(doc, "GET", "", "")
	fmt.Printf("final:      %+v rev=%d\n", final, doc.rev)

	for _, s := range []string{"", "a", "foobar"} {
		h32 := fnv.New32a()
		h32.Write([]byte(s))
		h64 := fnv.New64()
		h64.Write([]byte(s))
		fmt.Printf("fnv32a(%q)=%08x fnv64(%q)=%016x\n", s, h32.Sum32(), s, h64.Sum64())
	}
}
