package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strings"
)

type CreateUser struct {
	Username string `json:"username"`
	Email    string `json:"email"`
	Password string `json:"password"`
	Age      int    `json:"age"`
}

type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

type ValidationError struct {
	Errors []FieldError `json:"errors"`
}

func (v *ValidationError) Error() string { return fmt.Sprintf("%d validation errors", len(v.Errors)) }

func (v *ValidationError) add(field, msg string) { v.Errors = append(v.Errors, FieldError{field, msg}) }

var usernameRE = regexp.MustCompile(`^[a-z][a-z0-9_]{2,15}$`)

func (c CreateUser) Validate() error {
	ve := &ValidationError{}
	if !usernameRE.MatchString(c.Username) {
		ve.add("username", "must be 3-16 chars of a-z, 0-9, _ starting with a letter")
	}
	if at := strings.Index(c.Email, "@"); at < 1 || at == len(c.Email)-1 {
		ve.add("email", "invalid email address")
	}
	if len(c.Password) < 8 {
		ve.add("password", "must be at least 8 characters")
	}
	if c.Age < 18 {
		ve.add("age", "must be 18 or older")
	}
	if len(ve.Errors) == 0 {
		return nil
	}
	sort.Slice(ve.Errors, func(i, j int) bool { return ve.Errors[i].Field < ve.Errors[j].Field })
	return ve
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func createUser(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		writeJSON(w, http.StatusUnsupportedMediaType, map[string]string{"error": "expected application/json"})
		return
	}
	dec := json.NewDecoder(io.LimitReader(r.Body, 1024))
	dec.DisallowUnknownFields()
	var in CreateUser
	if err := dec.Decode(&in); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed body: " + err.Error()})
		return
	}
	var ve *ValidationError
	if err := in.Validate(); errors.As(err, &ve) {
		writeJSON(w, http.StatusUnprocessableEntity, ve)
		return
	}
	w.Header().Set("Location", "/users/"+in.Username)
	writeJSON(w, http.StatusCreated, map[string]any{"username": in.Username, "email": in.Email})
}

func main() {
	cases := []struct{ ct, body string }{
		{"application/json", `{"username":"gopher","email":"g@go.dev","password":"s3cretpass","age":30}`},
		{"application/json", `{"username":"X","email":"nope","password":"short","age":12}`},
		{"application/json", `{"username":"valid_name","email":"a@b","password":"12345678","age":17}`},
		{"application/json", `{"username":"gopher","admin":true}`},
		{"application/json", `{"username":`},
		{"application/json", `{"age":"old"}`},
		{"text/plain", `hello`},
	}
	for i, c := range cases {
		req := httptest.NewRequest("POST", "/users", strings.NewReader(c.body))
		req.Header.Set("Content-Type", c.ct)
		rec := httptest.NewRecorder()
		createUser(rec, req)
		fmt.Printf("case %d: %d location=%q\n  %s", i+1, rec.Code, rec.Header().Get("Location"), rec.Body.String())
	}
}
