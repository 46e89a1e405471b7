package main

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type ctxKey string

const userKey ctxKey = "user"

var tokens = map[string]string{
	"tok-alice-123": "alice",
	"tok-bob-456":   "bob",
}

var admins = map[string]bool{"alice": true}

func lookup(token string) (string, bool) {
	for t, u := range tokens {
		if subtle.ConstantTimeCompare([]byte(t), []byte(token)) == 1 {
			return u, true
		}
	}
	return "", false
}

func requireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		token, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
			http.Error(w, "missing bearer token", http.StatusUnauthorized)
			return
		}
		user, ok := lookup(token)
		if !ok {
			http.Error(w, "invalid token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, user)))
	})
}

func requireAdmin(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !admins[r.Context().Value(userKey).(string)] {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		user := r.Context().Value(userKey).(string)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"user": user, "admin": admins[user]})
	})
	mux.HandleFunc("POST /admin/reset", requireAdmin(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "reset done by", r.Context().Value(userKey))
	}))
	h := requireAuth(mux)

	cases := []struct{ method, path, auth string }{
		{"GET", "/me", ""},
		{"GET", "/me", "Basic abc"},
		{"GET", "/me", "Bearer nope"},
		{"GET", "/me", "Bearer tok-alice-123"},
		{"GET", "/me", "Bearer tok-bob-456"},
		{"POST", "/admin/reset", "Bearer tok-bob-456"},
		{"POST", "/admin/reset", "Bearer tok-alice-123"},
	}
	for _, c := range cases {
		req := httptest.NewRequest(c.method, c.path, nil)
		if c.auth != "" {
			req.Header.Set("Authorization", c.auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%s %s [%s] -> %d", c.method, c.path, c.auth, rec.Code)
		if v := rec.Header().Get("WWW-Authenticate"); v != "" {
			fmt.Printf(" www-authenticate=%s", v)
		}
		fmt.Printf(" body=%q\n", rec.Body.String())
	}
}
