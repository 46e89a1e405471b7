package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type CreateOrder struct {
	Customer string   `json:"customer"`
	Items    []string `json:"items"`
	Qty      int      `json:"qty"`
}

// decodeJSON reads exactly one JSON object into dst and turns decoder
// errors into messages that are safe to show to API clients.
func decodeJSON(w http.ResponseWriter, r *http.Request, dst any) (int, string) {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return http.StatusUnsupportedMediaType, "Content-Type must be application/json"
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()

	err := dec.Decode(dst)
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	var maxErr *http.MaxBytesError
	switch {
	case err == nil:
	case errors.As(err, &syntaxErr):
		return http.StatusBadRequest, fmt.Sprintf("malformed JSON at byte %d", syntaxErr.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return http.StatusBadRequest, "malformed JSON (truncated)"
	case errors.As(err, &typeErr):
		return http.StatusBadRequest, fmt.Sprintf("field %q must be %s, not %s", typeErr.Field, typeErr.Type, typeErr.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return http.StatusBadRequest, "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	case errors.Is(err, io.EOF):
		return http.StatusBadRequest, "body must not be empty"
	case errors.As(err, &maxErr):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", maxErr.Limit)
	default:
		return http.StatusInternalServerError, err.Error()
	}
	if dec.More() {
		return http.StatusBadRequest, "body must contain a single JSON object"
	}
	return http.StatusOK, ""
}

func orderHandler(w http.ResponseWriter, r *http.Request) {
	var in CreateOrder
	if status, msg := decodeJSON(w, r, &in); status != http.StatusOK {
		http.Error(w, msg, status)
		return
	}
	fmt.Fprintf(w, "order for %s: %d x %v", in.Customer, in.Qty, in.Items)
}

func main() {
	bodies := []struct{ ctype, body string }{
		{"application/json", `{"customer":"kim","items":["tea"],"qty":2}`},
		{"application/json; charset=utf-8", `{"customer":"lee","qty":1}`},
		{"text/plain", `{"customer":"kim"}`},
		{"application/json", `{"customer":"kim",}`},
		{"application/json", `{"customer":"kim"`},
		{"application/json", `{"customer":"kim","qty":"two"}`},
		{"application/json", `{"customer":"kim","coupon":"FREE"}`},
		{"application/json", ``},
		{"application/json", `{"customer":"kim"}{"customer":"again"}`},
		{"application/json", `{"customer":"` + strings.Repeat("x", 80) + `"}`},
		{"application/json", `{"items":[1]}`},
	}
	for i, b := range bodies {
		req := httptest.NewRequest("POST", "/orders", strings.NewReader(b.body))
		req.Header.Set("Content-Type", b.ctype)
		rec := httptest.NewRecorder()
		orderHandler(rec, req)
		fmt.Printf("%2d %d %s\n", i+1, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
}
