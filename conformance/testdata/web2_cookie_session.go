package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Session struct {
	User  string
	Views int
}

type SessionStore struct {
	mu       sync.Mutex
	seq      int
	sessions map[string]*Session
}

func (s *SessionStore) create(user string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	id := fmt.Sprintf("sess%04d", s.seq*7919%10000)
	s.sessions[id] = &Session{User: user}
	return id
}

func (s *SessionStore) get(r *http.Request) (string, *Session) {
	c, err := r.Cookie("sid")
	if err != nil {
		return "", nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return c.Value, s.sessions[c.Value]
}

func (s *SessionStore) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		user := r.FormValue("user")
		if user == "" {
			http.Error(w, "user required", http.StatusBadRequest)
			return
		}
		id := s.create(user)
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/",
			HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode, MaxAge: 3600})
		fmt.Fprintf(w, "logged in as %s\n", user)
	})
	mux.HandleFunc("GET /dashboard", func(w http.ResponseWriter, r *http.Request) {
		_, sess := s.get(r)
		if sess == nil {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		s.mu.Lock()
		sess.Views++
		views := sess.Views
		s.mu.Unlock()
		fmt.Fprintf(w, "hi %s, view #%d\n", sess.User, views)
	})
	mux.HandleFunc("POST /logout", func(w http.ResponseWriter, r *http.Request) {
		id, _ := s.get(r)
		s.mu.Lock()
		delete(s.sessions, id)
		s.mu.Unlock()
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", MaxAge: -1})
		w.WriteHeader(http.StatusNoContent)
	})
	return mux
}

type Client struct {
	h   http.Handler
	jar map[string]string
}

func (c *Client) do(method, path, body string) {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for name, v := range c.jar {
		req.AddCookie(&http.Cookie{Name: name, Value: v})
	}
	rec := httptest.NewRecorder()
	c.h.ServeHTTP(rec, req)
	res := rec.Result()
	fmt.Printf("%s %s -> %d %q", method, path, res.StatusCode, rec.Body.String())
	if loc := res.Header.Get("Location"); loc != "" {
		fmt.Printf(" location=%s", loc)
	}
	fmt.Println()
	for _, ck := range res.Cookies() {
		fmt.Printf("  set-cookie: %s\n", ck.String())
		if ck.MaxAge < 0 {
			delete(c.jar, ck.Name)
		} else {
			c.jar[ck.Name] = ck.Value
		}
	}
}

func main() {
	store := &SessionStore{sessions: map[string]*Session{}}
	c := &Client{h: store.Handler(), jar: map[string]string{}}
	c.do("GET", "/dashboard", "")
	c.do("POST", "/login", "")
	c.do("POST", "/login", "user=carol")
	c.do("GET", "/dashboard", "")
	c.do("GET", "/dashboard", "")
	c.do("POST", "/logout", "")
	c.do("GET", "/dashboard", "")
	fmt.Println("sessions left:", len(store.sessions), "jar size:", len(c.jar))
}
