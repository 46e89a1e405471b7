package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

func newServer() *httptest.Server {
	mux := http.NewServeMux()
	mux.Handle("GET /old-docs/", http.RedirectHandler("/docs/", http.StatusMovedPermanently))
	mux.HandleFunc("GET /docs/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "docs index (UA=%s)", r.Header.Get("User-Agent"))
	})
	mux.HandleFunc("POST /submit", func(w http.ResponseWriter, r *http.Request) {
		// Post/Redirect/Get
		http.Redirect(w, r, "/thanks?from=submit", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /thanks", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "thanks! method=%s from=%s", r.Method, r.URL.Query().Get("from"))
	})
	mux.HandleFunc("GET /loop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		http.Redirect(w, r, fmt.Sprintf("/loop/%d", n+1), http.StatusFound)
	})
	return httptest.NewServer(mux)
}

func report(label string, resp *http.Response, err error) {
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			fmt.Printf("%-10s error op=%s: %v\n", label, uerr.Op, uerr.Err)
			return
		}
		fmt.Printf("%-10s error: %v\n", label, err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	loc := resp.Header.Get("Location")
	fmt.Printf("%-10s %s final=%s location=%q body=%q\n", label, resp.Status,
		resp.Request.URL.RequestURI(), loc, strings.TrimSpace(string(body)))
}

func main() {
	srv := newServer()
	defer srv.Close()

	// srv.Client() returns one shared client, so make two separate ones
	// that reuse its transport.
	hops := 0
	follow := &http.Client{
		Transport: srv.Client().Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			hops++
			if len(via) >= 5 {
				return fmt.Errorf("gave up after %d redirects", len(via))
			}
			return nil
		},
	}
	noFollow := &http.Client{
		Transport: srv.Client().Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}

	req, _ := http.NewRequest("GET", srv.URL+"/old-docs/", nil)
	req.Header.Set("User-Agent", "learner/1.0")
	resp, err := follow.Do(req)
	report("follow", resp, err)

	resp, err = noFollow.Get(srv.URL + "/old-docs/")
	report("nofollow", resp, err)

	resp, err = follow.Post(srv.URL+"/submit", "text/plain", strings.NewReader("hello"))
	report("prg", resp, err)

	resp, err = follow.Get(srv.URL + "/loop/0")
	report("loop", resp, err)

	resp, err = noFollow.Get(srv.URL + "/loop/7")
	report("loop-once", resp, err)

	resp, err = follow.Head(srv.URL + "/docs/")
	if err == nil {
		fmt.Printf("%-10s %s content-length=%d type=%s\n", "head", resp.Status, resp.ContentLength, resp.Header.Get("Content-Type"))
		resp.Body.Close()
	}
	fmt.Println("CheckRedirect calls on follow client:", hops)
}
