package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type Entity interface {
	Key() string
	Validate() error
}

type Store[T Entity] struct {
	mu    sync.RWMutex
	items map[string]T
}

func NewStore[T Entity]() *Store[T] { return &Store[T]{items: map[string]T{}} }

func (s *Store[T]) Put(v T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[v.Key()] = v
}

func (s *Store[T]) Get(key string) (T, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.items[key]
	return v, ok
}

func (s *Store[T]) List() []T {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]T, 0, len(s.items))
	for _, v := range s.items {
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(a.Key(), b.Key()) })
	return out
}

// Mount registers list/get/put routes for any entity type.
func Mount[T Entity](mux *http.ServeMux, prefix string, s *Store[T]) {
	send := func(w http.ResponseWriter, code int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("GET "+prefix, func(w http.ResponseWriter, r *http.Request) {
		send(w, http.StatusOK, s.List())
	})
	mux.HandleFunc("GET "+prefix+"/{key}", func(w http.ResponseWriter, r *http.Request) {
		if v, ok := s.Get(r.PathValue("key")); ok {
			send(w, http.StatusOK, v)
			return
		}
		send(w, http.StatusNotFound, map[string]string{"error": "not found: " + r.PathValue("key")})
	})
	mux.HandleFunc("PUT "+prefix, func(w http.ResponseWriter, r *http.Request) {
		var v T
		if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
			send(w, http.StatusBadRequest, map[string]string{"error": "bad json"})
			return
		}
		if err := v.Validate(); err != nil {
			send(w, http.StatusUnprocessableEntity, map[string]string{"error": err.Error()})
			return
		}
		s.Put(v)
		send(w, http.StatusOK, v)
	})
}

type Product struct {
	SKU   string `json:"sku"`
	Price int    `json:"price_cents"`
}

func (p Product) Key() string { return p.SKU }
func (p Product) Validate() error {
	var errs []error
	if p.SKU == "" {
		errs = append(errs, errors.New("sku required"))
	}
	if p.Price <= 0 {
		errs = append(errs, errors.New("price must be positive"))
	}
	return errors.Join(errs...)
}

type Tag struct {
	Name string `json:"name"`
}

func (t Tag) Key() string { return t.Name }
func (t Tag) Validate() error {
	if strings.ToLower(t.Name) != t.Name {
		return fmt.Errorf("tag %q must be lowercase", t.Name)
	}
	return nil
}

func main() {
	mux := http.NewServeMux()
	Mount(mux, "/products", NewStore[Product]())
	Mount(mux, "/tags", NewStore[Tag]())

	calls := [][3]string{
		{"PUT", "/products", `{"sku":"B-2","price_cents":450}`},
		{"PUT", "/products", `{"sku":"A-1","price_cents":199}`},
		{"PUT", "/products", `{"sku":"","price_cents":0}`},
		{"PUT", "/tags", `{"name":"Sale"}`},
		{"PUT", "/tags", `{"name":"sale"}`},
		{"PUT", "/tags", `[1,2]`},
		{"GET", "/products", ""},
		{"GET", "/products/A-1", ""},
		{"GET", "/tags/new", ""},
		{"GET", "/tags", ""},
	}
	for _, c := range calls {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(c[0], c[1], strings.NewReader(c[2])))
		fmt.Printf("%-3s %-13s %d %s", c[0], c[1], rec.Code, rec.Body.String())
	}
}
