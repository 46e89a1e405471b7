package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
)

type Signup struct {
	Username string
	Email    string
	Age      int
	Topics   []string
}

type ValidationErrors map[string]string

func (v ValidationErrors) Error() string {
	return fmt.Sprintf("%d field(s) invalid", len(v))
}

func parseSignup(r *http.Request) (Signup, error) {
	if err := r.ParseForm(); err != nil {
		return Signup{}, err
	}
	errs := ValidationErrors{}
	s := Signup{
		Username: strings.TrimSpace(r.PostForm.Get("username")),
		Email:    strings.TrimSpace(r.PostForm.Get("email")),
		Topics:   r.PostForm["topic"],
	}
	if l := len(s.Username); l < 3 || l > 12 {
		errs["username"] = "must be 3-12 characters"
	}
	if at := strings.Index(s.Email, "@"); at < 1 || at == len(s.Email)-1 {
		errs["email"] = "must look like name@host"
	}
	age, err := strconv.Atoi(r.PostForm.Get("age"))
	switch {
	case err != nil:
		errs["age"] = "must be a whole number"
	case age < 13:
		errs["age"] = "must be at least 13"
	default:
		s.Age = age
	}
	if len(errs) > 0 {
		return s, errs
	}
	return s, nil
}

func signupHandler(w http.ResponseWriter, r *http.Request) {
	s, err := parseSignup(r)
	if verr, ok := err.(ValidationErrors); ok {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		json.NewEncoder(w).Encode(map[string]any{"message": verr.Error(), "fields": verr})
		return
	} else if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "welcome %s (%d) <%s>, topics=%s\n", s.Username, s.Age, s.Email, strings.Join(s.Topics, ","))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /signup", signupHandler)

	forms := []url.Values{
		{"username": {"gopher"}, "email": {"gopher@go.dev"}, "age": {"14"}, "topic": {"http", "json"}},
		{"username": {"  al  "}, "email": {"al@"}, "age": {"x"}},
		{"username": {"averyveryverylongname"}, "email": {"ok@example.com"}, "age": {"9"}},
		{"username": {"dana"}, "email": {"dana@example.org"}, "age": {"30"}},
	}
	for i, f := range forms {
		req := httptest.NewRequest("POST", "/signup", strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("form %d: %s\n", i+1, f.Encode())
		fmt.Printf("  %d %s\n", rec.Code, rec.Header().Get("Content-Type"))
		fmt.Printf("  %s", rec.Body.String())
	}

	// Wrong content type: the form body is not parsed, so every field fails.
	req := httptest.NewRequest("POST", "/signup", strings.NewReader("username=zed"))
	req.Header.Set("Content-Type", "text/plain")
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Printf("text/plain body -> %d %s", rec.Code, rec.Body.String())
}
