package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
)

type User struct {
	Name  string
	Roles []string
}

func (u *User) Has(role string) bool { return slices.Contains(u.Roles, role) }

type userKey struct{}
type tenantKey struct{}

func WithUser(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

func UserFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey{}).(*User)
	return u, ok
}

func Authenticate(tokens map[string]*User, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		ctx := r.Context()
		if u, ok := tokens[token]; found && ok {
			ctx = WithUser(ctx, u)
		}
		if t := r.Header.Get("X-Tenant"); t != "" {
			ctx = context.WithValue(ctx, tenantKey{}, t)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func RequireRole(role string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, ok := UserFrom(r.Context())
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="demo"`)
			http.Error(w, "unauthenticated", http.StatusUnauthorized)
			return
		}
		if !u.Has(role) {
			http.Error(w, fmt.Sprintf("%s lacks role %q", u.Name, role), http.StatusForbidden)
			return
		}
		h(w, r)
	}
}

func main() {
	tokens := map[string]*User{
		"t-ann": {Name: "ann", Roles: []string{"reader", "admin"}},
		"t-bob": {Name: "bob", Roles: []string{"reader"}},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		u, ok := UserFrom(r.Context())
		tenant, _ := r.Context().Value(tenantKey{}).(string)
		if !ok {
			fmt.Fprintf(w, "anonymous (tenant=%q)", tenant)
			return
		}
		fmt.Fprintf(w, "%s roles=%v tenant=%q", u.Name, u.Roles, tenant)
	})
	mux.HandleFunc("GET /reports", RequireRole("reader", func(w http.ResponseWriter, r *http.Request) {
		u, _ := UserFrom(r.Context())
		fmt.Fprintf(w, "3 reports for %s", u.Name)
	}))
	mux.HandleFunc("DELETE /reports/{id}", RequireRole("admin", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}))
	app := Authenticate(tokens, mux)

	cases := []struct{ method, path, token, tenant string }{
		{"GET", "/me", "", ""},
		{"GET", "/me", "t-ann", "acme"},
		{"GET", "/me", "t-bogus", "acme"},
		{"GET", "/reports", "", ""},
		{"GET", "/reports", "t-bob", ""},
		{"DELETE", "/reports/7", "t-bob", ""},
		{"DELETE", "/reports/7", "t-ann", ""},
	}
	for _, c := range cases {
		req := httptest.NewRequest(c.method, c.path, nil)
		if c.token != "" {
			req.Header.Set("Authorization", "Bearer "+c.token)
		}
		if c.tenant != "" {
			req.Header.Set("X-Tenant", c.tenant)
		}
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, req)
		fmt.Printf("%-6s %-11s token=%-8s %d %q", c.method, c.path, c.token, rec.Code, strings.TrimSpace(rec.Body.String()))
		if wa := rec.Header().Get("WWW-Authenticate"); wa != "" {
			fmt.Printf(" [%s]", wa)
		}
		fmt.Println()
	}
}
