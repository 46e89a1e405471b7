package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Patient struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Ward string `json:"ward"`
}

type registry struct {
	mu       sync.Mutex
	patients map[int]Patient
	nextID   int
}

func (r *registry) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch req.Method {
	case http.MethodPost:
		var p Patient
		if err := json.NewDecoder(req.Body).Decode(&p); err != nil || p.Name == "" {
			http.Error(w, "invalid patient", http.StatusBadRequest)
			return
		}
		r.nextID++
		p.ID = r.nextID
		r.patients[p.ID] = p
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(p)
	case http.MethodGet:
		list := make([]Patient, 0, len(r.patients))
		for id := 1; id <= r.nextID; id++ {
			if p, ok := r.patients[id]; ok {
				list = append(list, p)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(list)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func main() {
	reg := &registry{patients: map[int]Patient{}}
	srv := httptest.NewServer(reg)
	defer srv.Close()

	bodies := []string{
		`{"name":"Petrova","ward":"renal"}`,
		`{"name":"","ward":"renal"}`,
		`{"name":"Mbeki","ward":"ortho"}`,
		`not json`,
	}
	for _, b := range bodies {
		resp, err := http.Post(srv.URL+"/patients", "application/json", strings.NewReader(b))
		if err != nil {
			fmt.Println("post error:", err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("POST %-36s -> %d %s", b, resp.StatusCode, body)
	}

	resp, err := http.Get(srv.URL + "/patients")
	if err != nil {
		fmt.Println("get error:", err)
		return
	}
	var list []Patient
	json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	fmt.Println("GET status:", resp.Status, "content-type:", resp.Header.Get("Content-Type"))
	for _, p := range list {
		fmt.Printf("  %+v\n", p)
	}

	req, _ := http.NewRequest(http.MethodDelete, srv.URL+"/patients", nil)
	resp, err = http.DefaultClient.Do(req)
	if err == nil {
		fmt.Println("DELETE:", resp.StatusCode, "Allow:", resp.Header.Get("Allow"))
		resp.Body.Close()
	}

	rec := httptest.NewRecorder()
	reg.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/patients", nil))
	fmt.Printf("recorder: %d %s", rec.Code, rec.Body.String())
}
