package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sync/atomic"
)

type ridKey struct{}

var validID = regexp.MustCompile(`^[A-Za-z0-9-]{8,64}$`)

type IDGen struct {
	prefix string
	n      atomic.Uint64
}

func (g *IDGen) Next() string {
	return fmt.Sprintf("%s-%06d", g.prefix, g.n.Add(1))
}

func RequestID(gen *IDGen, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !validID.MatchString(id) {
			id = gen.Next()
		}
		w.Header().Set("X-Request-ID", id)
		ctx := context.WithValue(r.Context(), ridKey{}, id)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func IDFrom(ctx context.Context) string {
	if id, ok := ctx.Value(ridKey{}).(string); ok {
		return id
	}
	return "unknown"
}

type App struct {
	log bytes.Buffer
}

func (a *App) orders(w http.ResponseWriter, r *http.Request) {
	id := IDFrom(r.Context())
	fmt.Fprintf(&a.log, "[%s] fetching order %s\n", id, r.PathValue("id"))
	if r.PathValue("id") == "0" {
		fmt.Fprintf(&a.log, "[%s] order not found\n", id)
		http.Error(w, "order not found (request "+id+")", http.StatusNotFound)
		return
	}
	fmt.Fprintf(w, "order %s ok\n", r.PathValue("id"))
}

func main() {
	app := &App{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", app.orders)
	h := RequestID(&IDGen{prefix: "req"}, mux)

	incoming := []struct{ path, rid string }{
		{"/orders/17", ""},
		{"/orders/18", "client-supplied-abc"},
		{"/orders/0", ""},
		{"/orders/19", "bad id!"},
		{"/orders/20", "short"},
	}
	for _, in := range incoming {
		req := httptest.NewRequest("GET", in.path, nil)
		if in.rid != "" {
			req.Header.Set("X-Request-ID", in.rid)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%-11s in=%-21q out=%-21s %d %q\n", in.path, in.rid,
			rec.Header().Get("X-Request-ID"), rec.Code, rec.Body.String())
	}
	fmt.Print("--- app log ---\n", app.log.String())
}
