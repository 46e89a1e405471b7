package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type userV1 struct {
	Name string `json:"name"`
}

type userV2 struct {
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
	Links     struct {
		Self string `json:"self"`
	} `json:"_links"`
}

func v1Users() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(userV1{Name: "Grace Hopper"})
	})
	return mux
}

func v2Users() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		u := userV2{FirstName: "Grace", LastName: "Hopper"}
		u.Links.Self = "/v2/users/" + r.PathValue("id")
		w.Header().Set("Content-Type", "application/vnd.example.v2+json")
		json.NewEncoder(w).Encode(u)
	})
	return mux
}

func deprecated(sunset string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Deprecation", "true")
		w.Header().Set("Sunset", sunset)
		next.ServeHTTP(w, r)
	})
}

func headerVersion(versions map[string]http.Handler, fallback string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := r.Header.Get("API-Version")
		if v == "" {
			v = fallback
		}
		h, ok := versions[v]
		if !ok {
			http.Error(w, fmt.Sprintf("unsupported API-Version %q", v), http.StatusBadRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func main() {
	root := http.NewServeMux()
	root.Handle("/v1/", deprecated("Sat, 01 Jun 2030 00:00:00 GMT", http.StripPrefix("/v1", v1Users())))
	root.Handle("/v2/", http.StripPrefix("/v2", v2Users()))
	root.Handle("api.example.com/", headerVersion(map[string]http.Handler{
		"1": deprecated("Sat, 01 Jun 2030 00:00:00 GMT", v1Users()),
		"2": v2Users(),
	}, "2"))
	root.HandleFunc("admin.example.com/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "admin console, path=%s", r.URL.Path)
	})
	root.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})

	cases := []struct{ url, version string }{
		{"http://www.example.com/v1/users/7", ""},
		{"http://www.example.com/v2/users/7", ""},
		{"http://api.example.com/users/8", ""},
		{"http://api.example.com/users/8", "1"},
		{"http://api.example.com/users/8", "3"},
		{"http://admin.example.com/settings", ""},
		{"http://www.example.com/users/9", ""},
		{"http://www.example.com/v3/users/9", ""},
	}
	for _, c := range cases {
		req := httptest.NewRequest("GET", c.url, nil)
		if c.version != "" {
			req.Header.Set("API-Version", c.version)
		}
		rec := httptest.NewRecorder()
		root.ServeHTTP(rec, req)
		_, pattern := root.Handler(req)
		fmt.Printf("%s [v=%s] pattern=%q\n", c.url, c.version, pattern)
		fmt.Printf("   %d %s | %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
		if rec.Header().Get("Deprecation") != "" {
			fmt.Printf("   deprecated, sunset %s\n", rec.Header().Get("Sunset"))
		}
		if !strings.HasSuffix(rec.Body.String(), "\n") {
			fmt.Println()
		}
	}
}
