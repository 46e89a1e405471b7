package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
)

type NotFoundError struct{ Kind, ID string }

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s %q not found", e.Kind, e.ID) }

type ConflictError struct{ Reason string }

func (e ConflictError) Error() string { return "conflict: " + e.Reason }

type PermissionError struct {
	User   string
	Action string
}

func (e *PermissionError) Error() string { return e.User + " may not " + e.Action }

var ErrRateLimited = errors.New("rate limited")

type apiFunc func(r *http.Request) (any, error)

func handle(fn apiFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		status, body := http.StatusOK, v
		if err != nil {
			status = statusFor(err)
			body = map[string]any{"error": err.Error(), "status": status}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(body)
	}
}

func statusFor(err error) int {
	var nf *NotFoundError
	var ce ConflictError
	var pe *PermissionError
	switch {
	case errors.As(err, &nf):
		return http.StatusNotFound
	case errors.As(err, &ce):
		return http.StatusConflict
	case errors.As(err, &pe):
		return http.StatusForbidden
	case errors.Is(err, ErrRateLimited):
		return http.StatusTooManyRequests
	default:
		return http.StatusInternalServerError
	}
}

func loadOrder(id string) (map[string]any, error) {
	switch id {
	case "1":
		return map[string]any{"id": 1, "total": 19.99}, nil
	case "2":
		return nil, fmt.Errorf("service: load order: %w", &NotFoundError{"order", id})
	case "3":
		return nil, fmt.Errorf("checkout: %w", ConflictError{"order already paid"})
	case "4":
		return nil, errors.Join(errors.New("audit failed"), &PermissionError{"eve", "view order 4"})
	case "5":
		return nil, fmt.Errorf("upstream: %w", ErrRateLimited)
	default:
		return nil, errors.New("disk on fire")
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", handle(func(r *http.Request) (any, error) {
		return loadOrder(r.PathValue("id"))
	}))
	for _, id := range []string{"1", "2", "3", "4", "5", "6"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/orders/"+id, nil))
		fmt.Printf("/orders/%s %d %s", id, rec.Code, rec.Body.String())
	}
	_, err := loadOrder("2")
	var nf *NotFoundError
	if errors.As(err, &nf) {
		fmt.Printf("unwrapped: kind=%s id=%s full=%q\n", nf.Kind, nf.ID, err)
	}
}
