package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Method  string
	URL     string
	Headers map[string]string
	Body    string
	Retries int
}

// RequestBuilder collects settings with chained calls and reports all errors at Build.
type RequestBuilder struct {
	req  Request
	errs []error
}

func NewRequest(method, url string) *RequestBuilder {
	b := &RequestBuilder{req: Request{Method: strings.ToUpper(method), URL: url, Headers: map[string]string{}}}
	switch b.req.Method {
	case "GET", "POST", "PUT", "DELETE":
	default:
		b.errs = append(b.errs, fmt.Errorf("unsupported method %q", method))
	}
	if !strings.HasPrefix(url, "https://") {
		b.errs = append(b.errs, fmt.Errorf("url %q must use https", url))
	}
	return b
}

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	if k == "" {
		b.errs = append(b.errs, errors.New("empty header name"))
		return b
	}
	b.req.Headers[k] = v
	return b
}

func (b *RequestBuilder) Body(s string) *RequestBuilder {
	if b.req.Method == "GET" {
		b.errs = append(b.errs, errors.New("GET request cannot have a body"))
	}
	b.req.Body = s
	return b
}

func (b *RequestBuilder) Retries(n int) *RequestBuilder {
	if n < 0 || n > 5 {
		b.errs = append(b.errs, fmt.Errorf("retries %d out of range [0,5]", n))
	}
	b.req.Retries = n
	return b
}

func (b *RequestBuilder) Build() (Request, error) {
	if len(b.errs) > 0 {
		return Request{}, errors.Join(b.errs...)
	}
	return b.req, nil
}

func main() {
	builders := []*RequestBuilder{
		NewRequest("post", "https://api.example.com/users").
			Header("Content-Type", "application/json").
			Header("Accept", "application/json").
			Body(`{"name":"ada"}`).
			Retries(3),
		NewRequest("GET", "https://api.example.com/users/7"),
		NewRequest("fetch", "http://insecure").Header("", "x").Retries(9),
		NewRequest("get", "https://x.test").Body("oops"),
	}
	for i, b := range builders {
		req, err := b.Build()
		if err != nil {
			fmt.Printf("#%d invalid:\n%v\n", i, err)
			continue
		}
		fmt.Printf("#%d %+v\n", i, req)
	}
	_, err := builders[2].Build()
	var count int
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		count = len(j.Unwrap())
	}
	fmt.Printf("%T with %d errors\n", err, count)
}
