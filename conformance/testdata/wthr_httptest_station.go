package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Current struct {
	Station  string  `json:"station"`
	TempC    float64 `json:"temp_c"`
	Humidity int     `json:"humidity"`
}

var data = map[string]Current{
	"oslo":   {"oslo", -3.5, 81},
	"cairo":  {"cairo", 29.0, 22},
	"lima":   {"lima", 18.4, 77},
	"hobart": {"hobart", 11.2, 64},
}

func handler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	id := strings.TrimPrefix(r.URL.Path, "/stations/")
	cur, ok := data[id]
	if !ok {
		http.Error(w, fmt.Sprintf("station %q not found", id), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(cur)
}

type Client struct {
	base string
	http *http.Client
}

func (c *Client) Fetch(id string) (Current, error) {
	resp, err := c.http.Get(c.base + "/stations/" + id)
	if err != nil {
		return Current{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(resp.Body)
		return Current{}, fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	var cur Current
	if err := json.NewDecoder(resp.Body).Decode(&cur); err != nil {
		return Current{}, fmt.Errorf("decode %s: %w", id, err)
	}
	return cur, nil
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(handler))
	defer srv.Close()

	c := &Client{base: srv.URL, http: srv.Client()}
	for _, id := range []string{"cairo", "oslo", "atlantis", "lima", "hobart"} {
		cur, err := c.Fetch(id)
		if err != nil {
			fmt.Printf("%-9s error: %v\n", id, err)
			continue
		}
		fmt.Printf("%-9s %5.1f°C %3d%% %+v\n", id, cur.TempC, cur.Humidity, cur)
	}

	req, _ := http.NewRequest(http.MethodDelete, srv.URL+"/stations/oslo", nil)
	resp, err := srv.Client().Do(req)
	if err == nil {
		fmt.Println("DELETE status:", resp.StatusCode, http.StatusText(resp.StatusCode))
		resp.Body.Close()
	}

	rec := httptest.NewRecorder()
	handler(rec, httptest.NewRequest(http.MethodGet, "/stations/lima", nil))
	fmt.Println("recorder:", rec.Code, rec.Header().Get("Content-Type"))
	fmt.Print("body: ", rec.Body.String())
}
