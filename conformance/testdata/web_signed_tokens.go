package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

var (
	ErrMalformed = errors.New("malformed token")
	ErrSignature = errors.New("bad signature")
	ErrExpired   = errors.New("token expired")
)

type Claims struct {
	Subject string   `json:"sub"`
	Scopes  []string `json:"scp"`
	Expires int64    `json:"exp"`
}

type Signer struct {
	key []byte
	now func() time.Time
}

var b64 = base64.RawURLEncoding

func (s Signer) mac(data string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(data))
	return m.Sum(nil)
}

func (s Signer) Issue(sub string, scopes []string, ttl time.Duration) string {
	header := b64.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	payload, _ := json.Marshal(Claims{Subject: sub, Scopes: scopes, Expires: s.now().Add(ttl).Unix()})
	unsigned := header + "." + b64.EncodeToString(payload)
	return unsigned + "." + b64.EncodeToString(s.mac(unsigned))
}

func (s Signer) Verify(token string) (Claims, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return Claims{}, fmt.Errorf("%w: want 3 segments, got %d", ErrMalformed, len(parts))
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil {
		return Claims{}, fmt.Errorf("%w: signature: %v", ErrMalformed, err)
	}
	if !hmac.Equal(sig, s.mac(parts[0]+"."+parts[1])) {
		return Claims{}, ErrSignature
	}
	raw, err := b64.DecodeString(parts[1])
	if err != nil {
		return Claims{}, fmt.Errorf("%w: payload: %v", ErrMalformed, err)
	}
	var c Claims
	if err := json.Unmarshal(raw, &c); err != nil {
		return Claims{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if s.now().Unix() >= c.Expires {
		return c, fmt.Errorf("%w at %s", ErrExpired, time.Unix(c.Expires, 0).UTC().Format(time.RFC3339))
	}
	return c, nil
}

func protect(s Signer, scope string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			http.Error(w, "missing bearer token", http.StatusUnauthorized)
			return
		}
		c, err := s.Verify(tok)
		if err != nil {
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		for _, sc := range c.Scopes {
			if sc == scope {
				next(w, r)
				return
			}
		}
		http.Error(w, "insufficient scope: need "+scope, http.StatusForbidden)
	}
}

func main() {
	current := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	s := Signer{key: []byte("k3y"), now: func() time.Time { return current }}
	h := protect(s, "reports:read", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "report data") })

	good := s.Issue("user-17", []string{"reports:read", "profile"}, 15*time.Minute)
	limited := s.Issue("user-18", []string{"profile"}, time.Hour)
	fmt.Println("token:", good)
	parts := strings.Split(good, ".")
	payload, _ := b64.DecodeString(parts[1])
	fmt.Println("payload:", string(payload))

	tampered := parts[0] + "." + b64.EncodeToString([]byte(strings.Replace(string(payload), "user-17", "admin", 1))) + "." + parts[2]
	other := Signer{key: []byte("other"), now: s.now}.Issue("user-17", []string{"reports:read"}, time.Hour)

	run := func(label, auth string) {
		req := httptest.NewRequest("GET", "/reports", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		h(rec, req)
		fmt.Printf("%-10s %d %s\n", label, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	run("valid", "Bearer "+good)
	run("scope", "Bearer "+limited)
	run("tampered", "Bearer "+tampered)
	run("wrong key", "Bearer "+other)
	run("garbage", "Bearer abc.def")
	run("bad sig", "Bearer a.b.!!")
	run("none", "")
	current = current.Add(20 * time.Minute)
	run("expired", "Bearer "+good)
	_, err := s.Verify(good)
	fmt.Println("errors.Is expired:", errors.Is(err, ErrExpired), "malformed:", errors.Is(err, ErrMalformed))
}
