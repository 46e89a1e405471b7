// Sections 1.5-1.6 and Exercises 1.7-1.10: fetch over a fixed set of "responses".
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type response struct {
	status string
	body   string
}

var errNoSuchHost = errors.New("no such host")

var web = map[string]response{
	"http://gopl.io":         {"200 OK", "<html><title>The Go Programming Language</title></html>"},
	"http://golang.org/doc":  {"200 OK", strings.Repeat("documentation ", 20)},
	"http://example.com/404": {"404 Not Found", "page not found"},
	"http://bad.gopl.io":     {}, // marker: host lookup fails
}

type fetchError struct {
	url string
	err error
}

func (e *fetchError) Error() string { return "fetch " + e.url + ": " + e.err.Error() }
func (e *fetchError) Unwrap() error { return e.err }

// get simulates http.Get: it returns a body reader and status, or an error.
func get(url string) (io.Reader, string, error) {
	if !strings.HasPrefix(url, "http://") {
		url = "http://" + url // Exercise 1.8
	}
	resp, ok := web[url]
	if !ok || resp.status == "" {
		return nil, "", &fetchError{url, errNoSuchHost}
	}
	return strings.NewReader(resp.body), resp.status, nil
}

func fetch(url string, ch chan<- string) {
	body, status, err := get(url)
	if err != nil {
		ch <- fmt.Sprint(err)
		return
	}
	nbytes, err := io.Copy(io.Discard, body)
	if err != nil {
		ch <- fmt.Sprintf("while reading %s: %v", url, err)
		return
	}
	ch <- fmt.Sprintf("%7d  %-14s %s", nbytes, status, url)
}

func main() {
	urls := []string{"http://gopl.io", "golang.org/doc", "http://example.com/404", "http://bad.gopl.io", "nowhere.test"}
	ch := make(chan string)
	for _, url := range urls {
		go fetch(url, ch)
	}
	results := make([]string, 0, len(urls))
	for range urls {
		results = append(results, <-ch)
	}
	for _, r := range sortedCopy(results) {
		fmt.Println(r)
	}

	for _, url := range urls {
		body, status, err := get(url)
		var fe *fetchError
		switch {
		case errors.As(err, &fe):
			fmt.Printf("%s: failed for %s (no such host: %t)\n", url, fe.url, errors.Is(err, errNoSuchHost))
		default:
			b, _ := io.ReadAll(body)
			fmt.Printf("%s: %s, first 20 bytes %q\n", url, status, string(b[:min(20, len(b))]))
		}
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
