package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Recipe struct {
	ID      int     `json:"id"`
	Name    string  `json:"name"`
	Rating  float64 `json:"rating"`
	Minutes int     `json:"minutes"`
}

var store = map[string]Recipe{
	"1": {1, "Tomato Soup", 4.2, 35},
	"2": {2, "Apple Crumble", 4.8, 55},
}

func recipeHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rec, ok := store[id]
	if !ok {
		http.Error(w, "recipe not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(rec)
}

func rateHandler(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Stars int `json:"stars"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Stars < 1 || body.Stars > 5 {
		http.Error(w, "stars must be 1-5", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "thanks for %d stars on recipe %s\n", body.Stars, r.PathValue("id"))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /recipes/{id}", recipeHandler)
	mux.HandleFunc("POST /recipes/{id}/rate", rateHandler)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, id := range []string{"1", "2", "9"} {
		resp, err := http.Get(srv.URL + "/recipes/" + id)
		if err != nil {
			fmt.Println("get:", err)
			return
		}
		if resp.StatusCode != http.StatusOK {
			b, _ := io.ReadAll(resp.Body)
			fmt.Printf("GET %s -> %d %s", id, resp.StatusCode, b)
			resp.Body.Close()
			continue
		}
		var rec Recipe
		json.NewDecoder(resp.Body).Decode(&rec)
		resp.Body.Close()
		fmt.Printf("GET %s -> %d %s %+v\n", id, resp.StatusCode, resp.Header.Get("Content-Type"), rec)
	}

	for _, body := range []string{`{"stars": 5}`, `{"stars": 9}`, `not json`} {
		resp, err := http.Post(srv.URL+"/recipes/2/rate", "application/json", strings.NewReader(body))
		if err != nil {
			fmt.Println("post:", err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("POST %-14q -> %s: %s", body, resp.Status, b)
	}

	// The recorder tests a handler without a network at all.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodDelete, "/recipes/1", nil)
	mux.ServeHTTP(rec, req)
	fmt.Println("DELETE ->", rec.Code, rec.Header().Get("Allow"))
}
