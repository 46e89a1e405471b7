package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
)

type Availability struct {
	Kind  string `json:"kind"`
	Free  int    `json:"free"`
	Price int    `json:"price"`
}

var inventory = map[string]Availability{
	"single": {"single", 4, 90},
	"double": {"double", 0, 130},
	"suite":  {"suite", 2, 310},
}

func availabilityHandler(w http.ResponseWriter, r *http.Request) {
	kind := r.URL.Query().Get("kind")
	if kind == "" {
		list := make([]Availability, 0, len(inventory))
		for _, a := range inventory {
			list = append(list, a)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].Kind < list[j].Kind })
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(list)
		return
	}
	a, ok := inventory[kind]
	if !ok {
		http.Error(w, "unknown room kind "+strconv.Quote(kind), http.StatusNotFound)
		return
	}
	if a.Free == 0 {
		w.WriteHeader(http.StatusConflict)
		fmt.Fprintf(w, "%s sold out\n", kind)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(a)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /availability", availabilityHandler)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, q := range []string{"", "?kind=suite", "?kind=double", "?kind=attic"} {
		resp, err := http.Get(srv.URL + "/availability" + q)
		if err != nil {
			fmt.Println("request failed:", err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("GET %-14q -> %d %s\n", q, resp.StatusCode, http.StatusText(resp.StatusCode))
		fmt.Printf("   content-type: %s\n", resp.Header.Get("Content-Type"))
		fmt.Printf("   body: %s", body)
	}

	// Calling the handler directly with a recorder, no network needed.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/availability?kind=single", nil)
	availabilityHandler(rec, req)
	var a Availability
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err == nil {
		fmt.Printf("recorder: %d, %+v\n", rec.Code, a)
	}

	resp, err := http.Post(srv.URL+"/availability", "text/plain", nil)
	if err == nil {
		resp.Body.Close()
		fmt.Println("POST status:", resp.StatusCode)
	}
}
