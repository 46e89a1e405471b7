package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type Status struct {
	Vehicle string `json:"vehicle"`
	Phase   string `json:"phase"`
	AltKm   int    `json:"alt_km"`
}

// Control is a tiny mission-control API backed by an in-memory map.
type Control struct {
	mu     sync.Mutex
	status map[string]Status
}

func (c *Control) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("Content-Type", "application/json")
		name := strings.TrimPrefix(r.URL.Path, "/status/")
		if name == "" {
			keys := make([]string, 0, len(c.status))
			for k := range c.status {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			json.NewEncoder(w).Encode(keys)
			return
		}
		st, ok := c.status[name]
		if !ok {
			http.Error(w, "no such vehicle: "+name, http.StatusNotFound)
			return
		}
		json.NewEncoder(w).Encode(st)
	case http.MethodPost:
		var st Status
		if err := json.NewDecoder(r.Body).Decode(&st); err != nil {
			http.Error(w, "bad status: "+err.Error(), http.StatusBadRequest)
			return
		}
		c.status[st.Vehicle] = st
		w.WriteHeader(http.StatusCreated)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func main() {
	ctl := &Control{status: map[string]Status{
		"Dragon": {Vehicle: "Dragon", Phase: "docked", AltKm: 418},
	}}
	srv := httptest.NewServer(ctl)
	defer srv.Close()
	base := srv.URL // the port varies, so only paths are printed
	client := srv.Client()

	for _, tc := range []struct{ method, path, body string }{
		{"GET", "/status/Dragon", ""},
		{"POST", "/status/", `{"vehicle":"Starliner","phase":"ascent","alt_km":95}`},
		{"POST", "/status/", `{"vehicle":`},
		{"GET", "/status/", ""},
		{"GET", "/status/Soyuz", ""},
		{"DELETE", "/status/Dragon", ""},
	} {
		req, _ := http.NewRequest(tc.method, base+tc.path, strings.NewReader(tc.body))
		resp, err := client.Do(req)
		if err != nil {
			fmt.Println("request failed:", err)
			continue
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		line := fmt.Sprintf("%-6s %-16s -> %d %s", tc.method, tc.path, resp.StatusCode, data)
		fmt.Println(strings.TrimSpace(line))
	}

	// Handlers can also be tested without a server using a recorder.
	rec := httptest.NewRecorder()
	ctl.ServeHTTP(rec, httptest.NewRequest("GET", "/status/Starliner", nil))
	var st Status
	if err := json.Unmarshal(rec.Body.Bytes(), &st); err == nil {
		fmt.Printf("recorder: %d %+v\n", rec.Code, st)
	}
	fmt.Println("content type:", rec.Header().Get("Content-Type"))
}
