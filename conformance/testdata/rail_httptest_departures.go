package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Departure struct {
	Headcode string `json:"headcode"`
	Dest     string `json:"destination"`
	Due      string `json:"due"`
	Late     int    `json:"late_min"`
}

var board = map[string][]Departure{
	"YRK": {
		{"1E05", "London Kings Cross", "10:02", 0},
		{"1S12", "Edinburgh", "10:09", 6},
		{"2R34", "Leeds", "10:15", 0},
	},
	"DAR": {
		{"1E05", "London Kings Cross", "09:33", 2},
	},
}

func departuresHandler(w http.ResponseWriter, r *http.Request) {
	crs := strings.ToUpper(r.URL.Query().Get("crs"))
	deps, ok := board[crs]
	if !ok {
		http.Error(w, "unknown station "+crs, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(deps)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /departures", departuresHandler)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, crs := range []string{"yrk", "DAR", "XYZ"} {
		resp, err := http.Get(srv.URL + "/departures?crs=" + crs)
		if err != nil {
			fmt.Println("request failed:", err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("GET %s -> %d %s\n", crs, resp.StatusCode, http.StatusText(resp.StatusCode))
		if resp.StatusCode != http.StatusOK {
			fmt.Printf("  body: %q\n", strings.TrimSpace(string(body)))
			continue
		}
		fmt.Println("  content-type:", resp.Header.Get("Content-Type"))
		var deps []Departure
		if err := json.Unmarshal(body, &deps); err != nil {
			fmt.Println("  bad json:", err)
			continue
		}
		for _, d := range deps {
			status := "On time"
			if d.Late > 0 {
				status = fmt.Sprintf("Exp +%d", d.Late)
			}
			fmt.Printf("  %s %-20s %s\n", d.Due, d.Dest, status)
		}
	}

	// The recorder tests the handler directly without a network round trip.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/departures?crs=dar", nil)
	departuresHandler(rec, req)
	fmt.Println("recorder:", rec.Code, strings.TrimSpace(rec.Body.String()))

	resp, err := http.Post(srv.URL+"/departures", "text/plain", strings.NewReader("x"))
	if err == nil {
		fmt.Println("POST ->", resp.StatusCode, resp.Header.Get("Allow"))
		resp.Body.Close()
	}
}
