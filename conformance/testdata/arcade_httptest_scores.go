package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
)

type Score struct {
	Player string `json:"player"`
	Points int    `json:"points"`
}

type Server struct {
	mu     sync.Mutex
	scores []Score
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Method {
	case http.MethodPost:
		pts, err := strconv.Atoi(r.URL.Query().Get("points"))
		player := r.URL.Query().Get("player")
		if err != nil || player == "" {
			http.Error(w, "bad score", http.StatusBadRequest)
			return
		}
		s.scores = append(s.scores, Score{player, pts})
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "stored %s\n", player)
	case http.MethodGet:
		top := slices.Clone(s.scores)
		slices.SortFunc(top, func(a, b Score) int { return b.Points - a.Points })
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(top)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func main() {
	ts := httptest.NewServer(&Server{})
	defer ts.Close()

	posts := []string{"player=LEX&points=700", "player=MOE&points=1200", "player=&points=5", "player=KAT&points=oops", "player=UMA&points=950"}
	for _, q := range posts {
		resp, err := http.Post(ts.URL+"/scores?"+q, "text/plain", nil)
		if err != nil {
			fmt.Println("post failed:", err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %q\n", resp.StatusCode, body)
	}

	resp, err := http.Get(ts.URL + "/scores")
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	defer resp.Body.Close()
	fmt.Println("content-type:", resp.Header.Get("Content-Type"))
	var top []Score
	if err := json.NewDecoder(resp.Body).Decode(&top); err != nil {
		fmt.Println("decode:", err)
		return
	}
	for i, s := range top {
		fmt.Printf("#%d %-4s %5d\n", i+1, s.Player, s.Points)
	}

	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodDelete, "/scores", nil)
	(&Server{}).ServeHTTP(rec, req)
	fmt.Println("delete status:", rec.Code, http.StatusText(rec.Code))
}
