package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrConflict     = errors.New("conflict")
	ErrUnauthorized = errors.New("unauthorized")
)

type ValidationError struct {
	Field  string
	Reason string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Reason }

type RateLimitError struct{ RetryAfter int }

func (e RateLimitError) Error() string { return "rate limited" }

type AppHandler func(w http.ResponseWriter, r *http.Request) error

func (fn AppHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	err := fn(w, r)
	if err == nil {
		return
	}
	status, msg := classify(err)
	var rl RateLimitError
	if errors.As(err, &rl) {
		w.Header().Set("Retry-After", strconv.Itoa(rl.RetryAfter))
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"status": status,
		"title":  http.StatusText(status),
		"detail": msg,
	})
}

func classify(err error) (int, string) {
	var ve *ValidationError
	var rl RateLimitError
	switch {
	case errors.As(err, &ve):
		return http.StatusBadRequest, "invalid " + ve.Field
	case errors.As(err, &rl):
		return http.StatusTooManyRequests, err.Error()
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, ErrConflict):
		return http.StatusConflict, err.Error()
	case errors.Is(err, ErrUnauthorized):
		return http.StatusUnauthorized, "authentication required"
	default:
		return http.StatusInternalServerError, "internal error"
	}
}

func loadAccount(id string) error {
	switch id {
	case "404":
		return fmt.Errorf("repo.Get(%s): %w", id, ErrNotFound)
	case "409":
		return fmt.Errorf("service: %w", fmt.Errorf("repo.Insert: %w", ErrConflict))
	case "400":
		return fmt.Errorf("decode: %w", &ValidationError{Field: "email", Reason: "missing @"})
	case "429":
		return fmt.Errorf("upstream: %w", RateLimitError{RetryAfter: 30})
	case "401":
		return errors.Join(errors.New("token expired"), ErrUnauthorized)
	case "500":
		return errors.New("disk full")
	}
	return nil
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("GET /accounts/{id}", AppHandler(func(w http.ResponseWriter, r *http.Request) error {
		if err := loadAccount(r.PathValue("id")); err != nil {
			return fmt.Errorf("handler: %w", err)
		}
		w.Write([]byte(`{"id":"` + r.PathValue("id") + `","balance":0}` + "\n"))
		return nil
	}))

	for _, id := range []string{"7", "404", "409", "400", "429", "401", "500"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/accounts/"+id, nil))
		extra := ""
		if ra := rec.Header().Get("Retry-After"); ra != "" {
			extra = " Retry-After=" + ra
		}
		fmt.Printf("%s -> %d%s %s", id, rec.Code, extra, rec.Body.String())
	}

	err := loadAccount("409")
	fmt.Println("chain:", err)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
}
