package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type CreateUserRequest struct {
	Email string   `json:"email"`
	Name  string   `json:"name"`
	Age   int      `json:"age,omitempty"`
	Tags  []string `json:"tags,omitempty"`
}

type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

type ErrorResponse struct {
	Error  string       `json:"error"`
	Fields []FieldError `json:"fields,omitempty"`
}

type UserResponse struct {
	ID    int    `json:"id"`
	Email string `json:"email"`
	Name  string `json:"name"`
}

func (r CreateUserRequest) Validate() []FieldError {
	var errs []FieldError
	if !strings.Contains(r.Email, "@") {
		errs = append(errs, FieldError{"email", "must be a valid email address"})
	}
	if strings.TrimSpace(r.Name) == "" {
		errs = append(errs, FieldError{"name", "is required"})
	}
	if r.Age < 0 || r.Age > 150 {
		errs = append(errs, FieldError{"age", "must be between 0 and 150"})
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Field < errs[j].Field })
	return errs
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func createUser(nextID *int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			writeJSON(w, http.StatusUnsupportedMediaType, ErrorResponse{Error: "content type must be application/json"})
			return
		}
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 256))
		dec.DisallowUnknownFields()
		var req CreateUserRequest
		if err := dec.Decode(&req); err != nil {
			var syn *json.SyntaxError
			var typ *json.UnmarshalTypeError
			var tooBig *http.MaxBytesError
			msg := "invalid request body"
			switch {
			case errors.As(err, &syn):
				msg = fmt.Sprintf("malformed JSON at offset %d", syn.Offset)
			case errors.As(err, &typ):
				msg = fmt.Sprintf("field %q must be %s", typ.Field, typ.Type)
			case errors.As(err, &tooBig):
				writeJSON(w, http.StatusRequestEntityTooLarge, ErrorResponse{Error: fmt.Sprintf("body exceeds %d bytes", tooBig.Limit)})
				return
			case errors.Is(err, io.ErrUnexpectedEOF):
				msg = "truncated JSON body"
			case errors.Is(err, io.EOF):
				msg = "request body is empty"
			case strings.HasPrefix(err.Error(), "json: unknown field"):
				msg = err.Error()
			}
			writeJSON(w, http.StatusBadRequest, ErrorResponse{Error: msg})
			return
		}
		if fe := req.Validate(); len(fe) > 0 {
			writeJSON(w, http.StatusUnprocessableEntity, ErrorResponse{Error: "validation failed", Fields: fe})
			return
		}
		*nextID++
		w.Header().Set("Location", fmt.Sprintf("/users/%d", *nextID))
		writeJSON(w, http.StatusCreated, UserResponse{ID: *nextID, Email: req.Email, Name: req.Name})
	}
}

func main() {
	id := 100
	h := createUser(&id)
	bodies := []struct{ ct, body string }{
		{"application/json", `{"email":"ann@example.com","name":"Ann","age":31}`},
		{"application/json", `{"email":"bob","name":"  ","age":200}`},
		{"application/json", `{"email":"c@example.com","name":"Cy","age":"old"}`},
		{"application/json", `{"email":"d@example.com",`},
		{"application/json", `{"email":"e@example.com","name":"Eve","role":"admin"}`},
		{"application/json", ``},
		{"text/plain", `hello`},
		{"application/json", `{"email":"f@example.com","name":"` + strings.Repeat("x", 300) + `"}`},
		{"application/json", `{"email":"g@example.com","name":"Gil <g&g>","tags":["a"]}`},
	}
	for i, b := range bodies {
		req := httptest.NewRequest(http.MethodPost, "/users", strings.NewReader(b.body))
		req.Header.Set("Content-Type", b.ct)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("#%d %d %s", i+1, rec.Code, rec.Body.String())
		if loc := rec.Header().Get("Location"); loc != "" {
			fmt.Printf("   Location: %s\n", loc)
		}
	}
}
