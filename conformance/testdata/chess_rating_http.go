package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type Rating struct {
	Player string `json:"player"`
	Elo    int    `json:"elo"`
	Title  string `json:"title,omitempty"`
}

type server struct {
	mu      sync.Mutex
	ratings map[string]Rating
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/rating/")
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Method {
	case http.MethodGet:
		if name == "" {
			names := make([]string, 0, len(s.ratings))
			for n := range s.ratings {
				names = append(names, n)
			}
			sort.Strings(names)
			json.NewEncoder(w).Encode(names)
			return
		}
		rt, ok := s.ratings[name]
		if !ok {
			http.Error(w, "no such player: "+name, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(rt)
	case http.MethodPost:
		var rt Rating
		if err := json.NewDecoder(r.Body).Decode(&rt); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		s.ratings[rt.Player] = rt
		w.WriteHeader(http.StatusCreated)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func main() {
	srv := &server{ratings: map[string]Rating{
		"judit": {"judit", 2735, "GM"},
		"bobby": {"bobby", 2785, "GM"},
	}}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	show := func(resp *http.Response, err error) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		line := fmt.Sprintf("%d %s | %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
		fmt.Println(strings.TrimSpace(line))
	}
	show(http.Get(ts.URL + "/rating/judit"))
	show(http.Get(ts.URL + "/rating/nobody"))
	show(http.Post(ts.URL+"/rating/", "application/json", strings.NewReader(`{"player":"anna","elo":1850}`)))
	show(http.Post(ts.URL+"/rating/", "application/json", strings.NewReader(`{oops`)))
	show(http.Get(ts.URL + "/rating/"))

	resp, err := http.Get(ts.URL + "/rating/anna")
	if err == nil {
		var rt Rating
		json.NewDecoder(resp.Body).Decode(&rt)
		resp.Body.Close()
		fmt.Printf("decoded: %+v\n", rt)
	}

	req := httptest.NewRequest(http.MethodDelete, "/rating/bobby", nil)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	fmt.Println("recorder:", rec.Code, http.StatusText(rec.Code))
}
