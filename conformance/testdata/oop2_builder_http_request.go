package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	method    string
	url       string
	headers   map[string]string
	body      string
	timeoutMs int
	retries   int
}

func (r *Request) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s (timeout=%dms retries=%d)", r.method, r.url, r.timeoutMs, r.retries)
	keys := make([]string, 0, len(r.headers))
	for k := range r.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&sb, "\n    %s: %s", k, r.headers[k])
	}
	if r.body != "" {
		fmt.Fprintf(&sb, "\n    body: %s", r.body)
	}
	return sb.String()
}

type RequestBuilder struct {
	req  Request
	errs []error
}

func NewRequest(url string) *RequestBuilder {
	b := &RequestBuilder{req: Request{method: "GET", url: url, timeoutMs: 30000, headers: map[string]string{}}}
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		b.errs = append(b.errs, fmt.Errorf("url %q: missing scheme", url))
	}
	return b
}

func (b *RequestBuilder) Method(m string) *RequestBuilder {
	switch m {
	case "GET", "POST", "PUT", "DELETE":
		b.req.method = m
	default:
		b.errs = append(b.errs, fmt.Errorf("unsupported method %q", m))
	}
	return b
}

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	b.req.headers[k] = v
	return b
}

func (b *RequestBuilder) JSON(body string) *RequestBuilder {
	b.req.body = body
	return b.Header("Content-Type", "application/json")
}

func (b *RequestBuilder) Timeout(ms int) *RequestBuilder {
	if ms <= 0 {
		b.errs = append(b.errs, errors.New("timeout must be positive"))
	}
	b.req.timeoutMs = ms
	return b
}

func (b *RequestBuilder) Retries(n int) *RequestBuilder { b.req.retries = n; return b }

func (b *RequestBuilder) Build() (*Request, error) {
	if b.req.body != "" && b.req.method == "GET" {
		b.errs = append(b.errs, errors.New("GET request cannot have a body"))
	}
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	r := b.req
	r.headers = make(map[string]string, len(b.req.headers))
	for k, v := range b.req.headers {
		r.headers[k] = v
	}
	return &r, nil
}

func main() {
	builders := []*RequestBuilder{
		NewRequest("https://api.example.com/users"),
		NewRequest("https://api.example.com/users").Method("POST").
			JSON(`{"name":"ann"}`).Header("Authorization", "Bearer t0k3n").Retries(3),
		NewRequest("example.com").Method("PATCH").Timeout(0),
		NewRequest("http://localhost:8080/ping").JSON(`{}`),
		NewRequest("http://localhost:8080/items/7").Method("DELETE").Timeout(500).Header("X-Trace", "abc"),
	}
	for i, b := range builders {
		req, err := b.Build()
		if err != nil {
			fmt.Printf("builder %d invalid:\n", i)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("  -", line)
			}
			continue
		}
		fmt.Printf("builder %d: %v\n", i, req)
	}
	base := NewRequest("https://svc/").Header("User-Agent", "demo/1.0")
	r1, _ := base.Build()
	base.Header("X-Extra", "1")
	r2, _ := base.Build()
	fmt.Printf("snapshot headers: %d vs %d\n", len(r1.headers), len(r2.headers))
}
