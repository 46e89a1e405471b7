package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type UserStore struct {
	users  map[int]User
	nextID int
}

func (s *UserStore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch r.Method {
	case http.MethodGet:
		id, err := strconv.Atoi(r.URL.Query().Get("id"))
		if err != nil {
			http.Error(w, `{"error":"bad id"}`, http.StatusBadRequest)
			return
		}
		u, ok := s.users[id]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprintf(w, `{"error":"user %d not found"}`, id)
			return
		}
		json.NewEncoder(w).Encode(u)
	case http.MethodPost:
		var u User
		if err := json.NewDecoder(r.Body).Decode(&u); err != nil || u.Name == "" {
			http.Error(w, `{"error":"invalid body"}`, http.StatusUnprocessableEntity)
			return
		}
		s.nextID++
		u.ID = s.nextID
		s.users[u.ID] = u
		w.Header().Set("Location", "/users?id="+strconv.Itoa(u.ID))
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(u)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, `{"error":"method not allowed"}`, http.StatusMethodNotAllowed)
	}
}

func do(h http.Handler, method, target string, body io.Reader) {
	req := httptest.NewRequest(method, target, body)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	data, _ := io.ReadAll(res.Body)
	fmt.Printf("%s %s -> %d %s\n", method, target, res.StatusCode, http.StatusText(res.StatusCode))
	for _, k := range []string{"Content-Type", "Location", "Allow"} {
		if v := res.Header.Get(k); v != "" {
			fmt.Printf("  %s: %s\n", k, v)
		}
	}
	fmt.Printf("  body: %s\n", strings.TrimSpace(string(data)))
}

func main() {
	store := &UserStore{users: map[int]User{}}
	do(store, "POST", "/users", strings.NewReader(`{"name":"ada"}`))
	do(store, "POST", "/users", strings.NewReader(`{"name":"grace"}`))
	do(store, "POST", "/users", strings.NewReader(`{"nam`))
	do(store, "GET", "/users?id=2", nil)
	do(store, "GET", "/users?id=9", nil)
	do(store, "GET", "/users?id=x", nil)
	do(store, "DELETE", "/users?id=1", nil)
}
