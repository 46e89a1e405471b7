package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type ctxKey int

const (
	userKey ctxKey = iota
	tenantKey
	traceKey
)

type User struct {
	ID    string
	Roles []string
}

func (u User) Has(role string) bool {
	for _, r := range u.Roles {
		if r == role {
			return true
		}
	}
	return false
}

func WithUser(ctx context.Context, u User) context.Context { return context.WithValue(ctx, userKey, u) }

func UserFrom(ctx context.Context) (User, bool) {
	u, ok := ctx.Value(userKey).(User)
	return u, ok
}

func TenantFrom(ctx context.Context) string {
	if t, ok := ctx.Value(tenantKey).(string); ok {
		return t
	}
	return "default"
}

var tokens = map[string]User{
	"tok-alice": {ID: "alice", Roles: []string{"reader", "writer"}},
	"tok-bob":   {ID: "bob", Roles: []string{"reader"}},
}

func authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if u, ok := tokens[token]; found && ok {
			r = r.WithContext(WithUser(r.Context(), u))
		}
		next.ServeHTTP(w, r)
	})
}

func tenant(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if host, _, ok := strings.Cut(r.Host, "."); ok && host != "www" {
			ctx = context.WithValue(ctx, tenantKey, host)
		}
		ctx = context.WithValue(ctx, traceKey, "trace-"+strings.ReplaceAll(r.URL.Path, "/", "-"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

var errForbidden = errors.New("forbidden")

func requireRole(ctx context.Context, role string) (User, error) {
	u, ok := UserFrom(ctx)
	if !ok {
		return User{}, errors.New("unauthenticated")
	}
	if !u.Has(role) {
		return u, fmt.Errorf("user %s lacks role %q: %w", u.ID, role, errForbidden)
	}
	return u, nil
}

func publish(w http.ResponseWriter, r *http.Request) {
	u, err := requireRole(r.Context(), "writer")
	switch {
	case errors.Is(err, errForbidden):
		http.Error(w, err.Error(), http.StatusForbidden)
	case err != nil:
		http.Error(w, err.Error(), http.StatusUnauthorized)
	default:
		fmt.Fprintf(w, "published by %s for tenant %s (%v)", u.ID, TenantFrom(r.Context()), r.Context().Value(traceKey))
	}
}

func main() {
	h := tenant(authenticate(http.HandlerFunc(publish)))
	cases := []struct{ host, token string }{
		{"acme.example.com", "tok-alice"},
		{"globex.example.com", "tok-bob"},
		{"www.example.com", "tok-alice"},
		{"localhost", ""},
		{"acme.example.com", "tok-mallory"},
	}
	for _, c := range cases {
		req := httptest.NewRequest("POST", "http://"+c.host+"/posts/42/publish", nil)
		if c.token != "" {
			req.Header.Set("Authorization", "Bearer "+c.token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%-20s %-12s %d %s\n", c.host, c.token, rec.Code, strings.TrimSpace(rec.Body.String()))
	}

	ctx, cancel := context.WithCancel(WithUser(context.Background(), User{ID: "batch"}))
	cancel()
	u, _ := UserFrom(ctx)
	fmt.Println("value survives cancel:", u.ID, "err:", ctx.Err())
	fmt.Println("missing key:", ctx.Value(tenantKey) == nil, TenantFrom(ctx))
}
