package main

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
)

type credentialStore map[string][32]byte

func newStore(users map[string]string) credentialStore {
	s := credentialStore{}
	for u, p := range users {
		s[u] = sha256.Sum256([]byte(p))
	}
	return s
}

func (s credentialStore) verify(user, pass string) bool {
	want, ok := s[user]
	got := sha256.Sum256([]byte(pass))
	return ok && subtle.ConstantTimeCompare(want[:], got[:]) == 1
}

func basicAuth(realm string, store credentialStore, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || !store.verify(user, pass) {
			w.Header().Set("WWW-Authenticate", fmt.Sprintf(`Basic realm=%q, charset="UTF-8"`, realm))
			http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-Authenticated-User", user)
		next.ServeHTTP(w, r)
	})
}

func main() {
	store := newStore(map[string]string{"admin": "correct horse", "ops": "b@ttery:staple"})
	protected := basicAuth("metrics", store, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "welcome %s", r.Header.Get("X-Authenticated-User"))
	}))

	type attempt struct {
		label  string
		header string
	}
	encode := func(u, p string) string {
		return "Basic " + base64.StdEncoding.EncodeToString([]byte(u+":"+p))
	}
	attempts := []attempt{
		{"no header", ""},
		{"admin ok", encode("admin", "correct horse")},
		{"ops colon pw", encode("ops", "b@ttery:staple")},
		{"wrong pass", encode("admin", "hunter2")},
		{"unknown user", encode("eve", "correct horse")},
		{"bearer scheme", "Bearer abc.def"},
		{"bad base64", "Basic !!!notbase64"},
		{"lowercase", "basic " + base64.StdEncoding.EncodeToString([]byte("admin:correct horse"))},
	}
	for _, a := range attempts {
		req := httptest.NewRequest("GET", "/metrics", nil)
		if a.header != "" {
			req.Header.Set("Authorization", a.header)
		}
		rec := httptest.NewRecorder()
		protected.ServeHTTP(rec, req)
		line := fmt.Sprintf("%-14s %d %q", a.label, rec.Code, rec.Body.String())
		if challenge := rec.Header().Get("WWW-Authenticate"); challenge != "" {
			line += " challenge=" + challenge
		}
		fmt.Println(line)
	}

	req := httptest.NewRequest("GET", "/", nil)
	req.SetBasicAuth("svc-account", "p:w")
	fmt.Println("SetBasicAuth header:", req.Header.Get("Authorization"))
	raw, _ := base64.StdEncoding.DecodeString(req.Header.Get("Authorization")[len("Basic "):])
	fmt.Printf("decoded: %q\n", raw)
	fmt.Println("url-safe:", base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}), "std:", base64.StdEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Println("raw std:", base64.RawStdEncoding.EncodeToString([]byte("ab")), "padded:", base64.StdEncoding.EncodeToString([]byte("ab")))
}
