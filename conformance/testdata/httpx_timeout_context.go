package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// slowLookup pretends to call a backend; it finishes only when the
// result channel delivers or the context is done.
func slowLookup(ctx context.Context, result <-chan string) (string, error) {
	select {
	case v := <-result:
		return v, nil
	case <-ctx.Done():
		return "", fmt.Errorf("lookup aborted: %w", ctx.Err())
	}
}

func lookupHandler(results map[string]chan string, aborted chan<- error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.PathValue("key")
		v, err := slowLookup(r.Context(), results[key])
		if err != nil {
			if aborted != nil {
				aborted <- err
			}
			if errors.Is(err, context.Canceled) {
				w.WriteHeader(499) // client closed request (nginx convention)
				return
			}
			http.Error(w, err.Error(), http.StatusGatewayTimeout)
			return
		}
		fmt.Fprintf(w, "%s=%s", key, v)
	}
}

func show(label string, rec *httptest.ResponseRecorder) {
	fmt.Printf("%-12s %d %s %q\n", label, rec.Code, rec.Header().Get("Content-Type"), strings.TrimSpace(rec.Body.String()))
}

func main() {
	ready := make(chan string, 2)
	ready <- "cached-value"
	ready <- "cached-value"
	results := map[string]chan string{
		"fast": ready,
		"slow": make(chan string), // never delivers
	}
	aborted := make(chan error, 4)
	mux := http.NewServeMux()
	mux.Handle("GET /lookup/{key}", lookupHandler(results, aborted))
	h := http.TimeoutHandler(mux, 100*time.Millisecond, "backend took too long\n")

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/lookup/fast", nil))
	show("fast", rec)

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/lookup/slow", nil))
	show("slow", rec)
	fmt.Println("  handler saw:", <-aborted)

	// A client that already gave up: cancel the context before serving.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequest("GET", "/lookup/slow", nil).WithContext(ctx)
	rec = httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	show("cancelled", rec)
	fmt.Println("  handler saw:", <-aborted)

	// Deadline set by the caller instead of TimeoutHandler.
	ctx, cancel = context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	req = httptest.NewRequest("GET", "/lookup/slow", nil).WithContext(ctx)
	rec = httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	show("deadline", rec)
	err := <-aborted
	fmt.Println("  handler saw:", err)
	fmt.Println("  is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))

	// Over a real server: the client's own timeout.
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client := &http.Client{Transport: srv.Client().Transport, Timeout: 200 * time.Millisecond}
	if _, err := client.Get(srv.URL + "/lookup/slow"); err != nil {
		fmt.Println("client timeout:", errors.Is(err, context.DeadlineExceeded), strings.Contains(err.Error(), "Client.Timeout exceeded"))
	}
	fmt.Println("  server handler saw:", errors.Unwrap(<-aborted))
	resp, err := client.Get(srv.URL + "/lookup/fast")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("fast via server: %d %q\n", resp.StatusCode, b)
	}
}
