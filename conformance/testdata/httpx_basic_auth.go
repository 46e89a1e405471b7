package main

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Credentials map[string][32]byte

func NewCredentials(pairs ...string) Credentials {
	c := Credentials{}
	for i := 0; i+1 < len(pairs); i += 2 {
		c[pairs[i]] = sha256.Sum256([]byte(pairs[i+1]))
	}
	return c
}

func (c Credentials) Check(user, pass string) bool {
	want, ok := c[user]
	got := sha256.Sum256([]byte(pass))
	return ok && subtle.ConstantTimeCompare(want[:], got[:]) == 1
}

func BasicAuth(realm string, creds Credentials, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || !creds.Check(user, pass) {
			w.Header().Set("WWW-Authenticate", fmt.Sprintf(`Basic realm=%q, charset="UTF-8"`, realm))
			reason := "missing credentials"
			if ok {
				reason = "bad credentials for " + user
			}
			http.Error(w, reason, http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-Authenticated-User", user)
		next.ServeHTTP(w, r)
	})
}

func main() {
	creds := NewCredentials("admin", "s3cret", "émilie", "pässword")
	secret := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "welcome to the vault, %s", r.Header.Get("X-Authenticated-User"))
	})
	h := BasicAuth("vault", creds, secret)

	type attempt struct {
		label string
		setup func(*http.Request)
	}
	attempts := []attempt{
		{"no header", func(r *http.Request) {}},
		{"good", func(r *http.Request) { r.SetBasicAuth("admin", "s3cret") }},
		{"wrong pass", func(r *http.Request) { r.SetBasicAuth("admin", "guess") }},
		{"unknown user", func(r *http.Request) { r.SetBasicAuth("mallory", "s3cret") }},
		{"utf-8 user", func(r *http.Request) { r.SetBasicAuth("émilie", "pässword") }},
		{"bearer", func(r *http.Request) { r.Header.Set("Authorization", "Bearer abc") }},
		{"bad base64", func(r *http.Request) { r.Header.Set("Authorization", "Basic !!!") }},
		{"colon in pass", func(r *http.Request) {
			raw := base64.StdEncoding.EncodeToString([]byte("admin:s3cret:extra"))
			r.Header.Set("Authorization", "Basic "+raw)
		}},
	}
	for _, a := range attempts {
		req := httptest.NewRequest("GET", "/vault", nil)
		a.setup(req)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%-14s %d %q\n", a.label, rec.Code, strings.TrimSpace(rec.Body.String()))
		if auth := req.Header.Get("Authorization"); auth != "" {
			fmt.Printf("%14s Authorization: %s\n", "", auth)
		}
		if wa := rec.Header().Get("WWW-Authenticate"); wa != "" {
			fmt.Printf("%14s WWW-Authenticate: %s\n", "", wa)
		}
	}
}
