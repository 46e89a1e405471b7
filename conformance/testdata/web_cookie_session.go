package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

var secret = []byte("do-not-use-in-prod")

func sign(value string) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(value))
	return value + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

func verify(signed string) (string, bool) {
	i := strings.LastIndexByte(signed, '.')
	if i < 0 {
		return "", false
	}
	value := signed[:i]
	return value, hmac.Equal([]byte(sign(value)), []byte(signed))
}

type SessionStore struct {
	sessions map[string]map[string]string
	next     int
}

func (s *SessionStore) Login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	s.next++
	id := fmt.Sprintf("sess%03d", s.next)
	s.sessions[id] = map[string]string{"user": user, "theme": "dark"}
	http.SetCookie(w, &http.Cookie{
		Name: "sid", Value: sign(id), Path: "/", HttpOnly: true, Secure: true,
		SameSite: http.SameSiteLaxMode, MaxAge: 3600,
	})
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en-GB", Path: "/"})
	fmt.Fprintf(w, "logged in as %s", user)
}

func (s *SessionStore) Me(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		http.Error(w, "no session: "+err.Error(), http.StatusUnauthorized)
		return
	}
	id, ok := verify(c.Value)
	data, exists := s.sessions[id]
	if !ok || !exists {
		http.Error(w, "invalid session", http.StatusUnauthorized)
		return
	}
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s=%s;", k, data[k])
	}
}

func (s *SessionStore) Logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("sid"); err == nil {
		if id, ok := verify(c.Value); ok {
			delete(s.sessions, id)
		}
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	store := &SessionStore{sessions: map[string]map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", store.Login)
	mux.HandleFunc("GET /me", store.Me)
	mux.HandleFunc("POST /logout", store.Logout)

	jar := map[string]*http.Cookie{}
	send := func(method, target string) {
		req := httptest.NewRequest(method, target, nil)
		names := make([]string, 0, len(jar))
		for n := range jar {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			req.AddCookie(jar[n])
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%s %s -> %d %q\n", method, target, rec.Code, strings.TrimSpace(rec.Body.String()))
		for _, line := range rec.Result().Header.Values("Set-Cookie") {
			fmt.Println("  Set-Cookie:", line)
		}
		for _, c := range rec.Result().Cookies() {
			if c.MaxAge < 0 {
				delete(jar, c.Name)
			} else {
				jar[c.Name] = &http.Cookie{Name: c.Name, Value: c.Value}
			}
		}
		if cookie := req.Header.Get("Cookie"); cookie != "" {
			fmt.Println("  sent Cookie:", cookie)
		}
	}

	send("GET", "/me")
	send("POST", "/login?user=ada")
	send("GET", "/me")
	jar["sid"].Value = strings.Replace(jar["sid"].Value, "sess001", "sess002", 1)
	send("GET", "/me")
	jar["sid"].Value = sign("sess001")
	send("POST", "/logout")
	send("GET", "/me")

	parsed, err := http.ParseCookie("a=1; b=two; c=\"q\"")
	fmt.Println("ParseCookie:", len(parsed), err)
	for _, c := range parsed {
		fmt.Printf("  %s=%s\n", c.Name, c.Value)
	}
}
