package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type PaymentRequest struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Amount int64  `json:"amount"`
}

type PaymentResponse struct {
	ID      int    `json:"id,omitempty"`
	Status  string `json:"status"`
	Error   string `json:"error,omitempty"`
	Balance int64  `json:"from_balance"`
}

type Server struct {
	mu       sync.Mutex
	balances map[string]int64
	nextID   int
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		json.NewEncoder(w).Encode(PaymentResponse{Status: "rejected", Error: "use POST"})
		return
	}
	var req PaymentRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(PaymentResponse{Status: "rejected", Error: "bad json"})
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	bal, ok := s.balances[req.From]
	switch {
	case !ok:
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(PaymentResponse{Status: "rejected", Error: "unknown payer " + req.From})
	case req.Amount <= 0 || bal < req.Amount:
		w.WriteHeader(http.StatusUnprocessableEntity)
		json.NewEncoder(w).Encode(PaymentResponse{Status: "declined", Error: "insufficient funds", Balance: bal})
	default:
		s.nextID++
		s.balances[req.From] -= req.Amount
		s.balances[req.To] += req.Amount
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(PaymentResponse{ID: s.nextID, Status: "accepted", Balance: s.balances[req.From]})
	}
}

func pay(client *http.Client, url string, body []byte) (int, PaymentResponse, error) {
	resp, err := client.Post(url+"/payments", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, PaymentResponse{}, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, PaymentResponse{}, err
	}
	var pr PaymentResponse
	err = json.Unmarshal(data, &pr)
	return resp.StatusCode, pr, err
}

func main() {
	srv := &Server{balances: map[string]int64{"alice": 10000, "bob": 500}}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	requests := []PaymentRequest{
		{"alice", "bob", 2500},
		{"bob", "carol", 4000},
		{"bob", "carol", 3000},
		{"zed", "alice", 1},
		{"alice", "bob", -5},
	}
	for _, req := range requests {
		body, _ := json.Marshal(req)
		code, pr, err := pay(ts.Client(), ts.URL, body)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%d %-22s %+v\n", code, http.StatusText(code), pr)
	}

	code, pr, _ := pay(ts.Client(), ts.URL, []byte("{not json"))
	fmt.Printf("%d %s %q\n", code, pr.Status, pr.Error)

	resp, err := ts.Client().Get(ts.URL + "/payments")
	if err == nil {
		fmt.Println("GET:", resp.StatusCode, resp.Header.Get("Content-Type"))
		resp.Body.Close()
	}

	// Use the recorder for an in-process check without a network listener.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/payments", bytes.NewBufferString(`{"from":"carol","to":"alice","amount":1000}`))
	srv.ServeHTTP(rec, req)
	fmt.Print("recorder: ", rec.Code, " ", rec.Body.String())
	fmt.Println("final:", srv.balances["alice"], srv.balances["bob"], srv.balances["carol"])
}
