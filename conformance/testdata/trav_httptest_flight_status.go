package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Status struct {
	Flight   string `json:"flight"`
	State    string `json:"state"`
	Gate     string `json:"gate,omitempty"`
	DelayMin int    `json:"delay_min"`
}

var statuses = map[string]Status{
	"SK1463": {"SK1463", "boarding", "A12", 0},
	"FI205":  {"FI205", "delayed", "D3", 45},
	"AY812":  {"AY812", "cancelled", "", 0},
}

func statusHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	code := strings.ToUpper(strings.TrimPrefix(r.URL.Path, "/status/"))
	st, ok := statuses[code]
	if !ok {
		http.Error(w, "unknown flight "+code, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(st)
}

type Client struct {
	base string
	hc   *http.Client
}

func (c *Client) Lookup(code string) (Status, error) {
	resp, err := c.hc.Get(c.base + "/status/" + code)
	if err != nil {
		return Status{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(resp.Body)
		return Status{}, fmt.Errorf("%s: %d %s", code, resp.StatusCode, strings.TrimSpace(string(body)))
	}
	var st Status
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return Status{}, fmt.Errorf("%s: decode: %w", code, err)
	}
	return st, nil
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/status/", statusHandler)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c := &Client{base: srv.URL, hc: srv.Client()}
	for _, code := range []string{"sk1463", "FI205", "AY812", "XX999"} {
		st, err := c.Lookup(code)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		switch st.State {
		case "delayed":
			fmt.Printf("%s delayed %d min, gate %s\n", st.Flight, st.DelayMin, st.Gate)
		case "cancelled":
			fmt.Printf("%s cancelled, see rebooking desk\n", st.Flight)
		default:
			fmt.Printf("%s %s at gate %s\n", st.Flight, st.State, st.Gate)
		}
	}

	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/status/FI205", nil)
	resp, err := srv.Client().Do(req)
	if err == nil {
		fmt.Println("POST ->", resp.StatusCode, http.StatusText(resp.StatusCode))
		resp.Body.Close()
	}

	// The handler can also be tested without a network listener.
	rec := httptest.NewRecorder()
	statusHandler(rec, httptest.NewRequest(http.MethodGet, "/status/ay812", nil))
	fmt.Println("recorder:", rec.Code, rec.Header().Get("Content-Type"))
	fmt.Print("body: ", rec.Body.String())
}
