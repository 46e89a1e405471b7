package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
)

type Sessions struct {
	mu    sync.Mutex
	n     int
	users map[string]string
}

func (s *Sessions) Create(user string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	id := fmt.Sprintf("sess-%d", s.n)
	s.users[id] = user
	return id
}

func (s *Sessions) Lookup(r *http.Request) (string, bool) {
	c, err := r.Cookie("session")
	if err != nil {
		return "", false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.users[c.Value]
	return u, ok
}

func (s *Sessions) Delete(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.users, id)
}

func newApp(sess *Sessions) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		user := r.FormValue("user")
		if user == "" {
			http.Error(w, "missing user", http.StatusBadRequest)
			return
		}
		http.SetCookie(w, &http.Cookie{
			Name: "session", Value: sess.Create(user), Path: "/",
			HttpOnly: true, MaxAge: 3600, SameSite: http.SameSiteLaxMode,
		})
		fmt.Fprintf(w, "logged in as %s", user)
	})
	mux.HandleFunc("GET /profile", func(w http.ResponseWriter, r *http.Request) {
		user, ok := sess.Lookup(r)
		if !ok {
			http.Error(w, "please log in", http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(w, "profile of %s", user)
	})
	mux.HandleFunc("POST /logout", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("session"); err == nil {
			sess.Delete(c.Value)
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Path: "/", MaxAge: -1})
		io.WriteString(w, "bye")
	})
	return mux
}

func main() {
	srv := httptest.NewServer(newApp(&Sessions{users: map[string]string{}}))
	defer srv.Close()

	jar, _ := cookiejar.New(nil)
	client := srv.Client()
	client.Jar = jar
	base, _ := url.Parse(srv.URL)

	step := func(label string, resp *http.Response, err error) {
		if err != nil {
			fmt.Println(label, "error:", err)
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		fmt.Printf("%-14s %d %q\n", label, resp.StatusCode, strings.TrimSpace(string(body)))
		for _, sc := range resp.Header.Values("Set-Cookie") {
			fmt.Println("               Set-Cookie:", sc)
		}
		fmt.Printf("               jar has %d cookie(s)\n", len(jar.Cookies(base)))
	}

	resp, err := client.Get(srv.URL + "/profile")
	step("profile", resp, err)
	resp, err = client.PostForm(srv.URL+"/login", url.Values{"user": {"ada"}})
	step("login", resp, err)
	resp, err = client.Get(srv.URL + "/profile")
	step("profile", resp, err)
	resp, err = client.Post(srv.URL+"/logout", "text/plain", nil)
	step("logout", resp, err)
	resp, err = client.Get(srv.URL + "/profile")
	step("profile", resp, err)
}
