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
	ErrNotFound = errors.New("not found")
	ErrConflict = errors.New("conflict")
)

type APIError struct {
	Status int
	Code   string
	Msg    string
}

func (e *APIError) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Msg) }

// AppHandler lets handlers return errors instead of writing them.
type AppHandler func(w http.ResponseWriter, r *http.Request) error

func (h AppHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	err := h(w, r)
	if err == nil {
		return
	}
	status, code := http.StatusInternalServerError, "internal"
	var apiErr *APIError
	switch {
	case errors.As(err, &apiErr):
		status, code = apiErr.Status, apiErr.Code
	case errors.Is(err, ErrNotFound):
		status, code = http.StatusNotFound, "not_found"
	case errors.Is(err, ErrConflict):
		status, code = http.StatusConflict, "conflict"
	}
	msg := err.Error()
	if status == http.StatusInternalServerError {
		msg = "something went wrong" // don't leak internals
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"code": code, "error": msg})
}

type Inventory struct {
	stock map[string]int
}

func (inv *Inventory) Reserve(item string, qty int) error {
	have, ok := inv.stock[item]
	if !ok {
		return fmt.Errorf("item %q: %w", item, ErrNotFound)
	}
	if qty > have {
		return fmt.Errorf("reserve %d of %q (only %d left): %w", qty, item, have, ErrConflict)
	}
	inv.stock[item] = have - qty
	return nil
}

func reserveHandler(inv *Inventory) AppHandler {
	return func(w http.ResponseWriter, r *http.Request) error {
		qty, err := strconv.Atoi(r.URL.Query().Get("qty"))
		if err != nil || qty <= 0 {
			return &APIError{http.StatusBadRequest, "bad_qty", "qty must be a positive integer"}
		}
		item := r.PathValue("item")
		if item == "crash" {
			return fmt.Errorf("db: connection reset while reading %s", item)
		}
		if err := inv.Reserve(item, qty); err != nil {
			return fmt.Errorf("reserve handler: %w", err)
		}
		fmt.Fprintf(w, "reserved %d %s, %d left\n", qty, item, inv.stock[item])
		return nil
	}
}

func main() {
	inv := &Inventory{stock: map[string]int{"apple": 5, "pear": 1}}
	mux := http.NewServeMux()
	mux.Handle("POST /reserve/{item}", reserveHandler(inv))

	for _, target := range []string{
		"/reserve/apple?qty=3",
		"/reserve/apple?qty=3",
		"/reserve/pear?qty=1",
		"/reserve/kiwi?qty=1",
		"/reserve/apple?qty=-2",
		"/reserve/apple?qty=two",
		"/reserve/crash?qty=1",
		"/reserve/apple?qty=2",
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("POST", target, nil))
		fmt.Printf("%-24s %d %s", target, rec.Code, rec.Body.String())
	}

	wrapped := fmt.Errorf("outer: %w", &APIError{418, "teapot", "short and stout"})
	var target *APIError
	fmt.Println(errors.As(wrapped, &target), target.Status, errors.Unwrap(wrapped) == error(target))
}
