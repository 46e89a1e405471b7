package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

type CarState struct {
	Car   string `json:"car"`
	Floor int    `json:"floor"`
	Doors string `json:"doors"`
}

// Building is a tiny HTTP service exposing car positions.
type Building struct {
	mu   sync.Mutex
	cars map[string]*CarState
}

func (b *Building) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("car")
	b.mu.Lock()
	defer b.mu.Unlock()
	car, ok := b.cars[name]
	if !ok {
		http.Error(w, "no such car: "+strconv.Quote(name), http.StatusNotFound)
		return
	}
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(car)
	case http.MethodPost:
		floor, err := strconv.Atoi(r.URL.Query().Get("floor"))
		if err != nil || floor < 0 || floor > 30 {
			http.Error(w, "invalid floor", http.StatusBadRequest)
			return
		}
		car.Floor = floor
		car.Doors = "closed"
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprintf(w, "car %s dispatched to %d\n", car.Car, floor)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func do(client *http.Client, method, url string) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		fmt.Println("request error:", err)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Println("transport error:", err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%-6s %-22s -> %d %q\n", method, req.URL.RequestURI(), resp.StatusCode, string(body))
}

func main() {
	b := &Building{cars: map[string]*CarState{
		"A": {Car: "A", Floor: 0, Doors: "open"},
		"B": {Car: "B", Floor: 17, Doors: "closed"},
	}}
	srv := httptest.NewServer(b)
	defer srv.Close()
	c := srv.Client()

	do(c, http.MethodGet, srv.URL+"/status?car=A")
	do(c, http.MethodGet, srv.URL+"/status?car=B")
	do(c, http.MethodGet, srv.URL+"/status?car=Z")
	do(c, http.MethodPost, srv.URL+"/status?car=A&floor=12")
	do(c, http.MethodPost, srv.URL+"/status?car=A&floor=99")
	do(c, http.MethodDelete, srv.URL+"/status?car=B")
	do(c, http.MethodGet, srv.URL+"/status?car=A")

	// The handler can also be exercised without a server via a recorder.
	rec := httptest.NewRecorder()
	b.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/status?car=B", nil))
	var st CarState
	if err := json.Unmarshal(rec.Body.Bytes(), &st); err == nil {
		fmt.Printf("recorder: %d %s %+v\n", rec.Code, rec.Header().Get("Content-Type"), st)
	}
}
