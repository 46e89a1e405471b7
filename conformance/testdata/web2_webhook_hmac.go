package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

const secret = "whsec_test_2f9a"

type Event struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Amount   int    `json:"amount"`
		Currency string `json:"currency"`
	} `json:"data"`
}

func sign(ts int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "%d.", ts)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

type Verifier struct {
	now       int64
	tolerance int64
	seen      map[string]bool
}

func (v *Verifier) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	var ts int64
	var sigs []string
	for _, kv := range strings.Split(r.Header.Get("X-Signature"), ",") {
		k, val, _ := strings.Cut(kv, "=")
		switch k {
		case "t":
			ts, _ = strconv.ParseInt(val, 10, 64)
		case "v1":
			sigs = append(sigs, val)
		}
	}
	if ts == 0 || len(sigs) == 0 {
		http.Error(w, "missing signature", http.StatusBadRequest)
		return
	}
	if d := v.now - ts; d > v.tolerance || d < -v.tolerance {
		http.Error(w, "timestamp outside tolerance", http.StatusUnauthorized)
		return
	}
	want, _ := hex.DecodeString(sign(ts, body))
	valid := false
	for _, s := range sigs {
		got, err := hex.DecodeString(s)
		if err == nil && hmac.Equal(got, want) {
			valid = true
		}
	}
	if !valid {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if v.seen[ev.ID] {
		fmt.Fprintf(w, "duplicate %s ignored", ev.ID)
		return
	}
	v.seen[ev.ID] = true
	fmt.Fprintf(w, "accepted %s %s %d %s", ev.ID, ev.Type, ev.Data.Amount, ev.Data.Currency)
}

func main() {
	v := &Verifier{now: 1700000000, tolerance: 300, seen: map[string]bool{}}
	payload := []byte(`{"id":"evt_1","type":"payment.succeeded","data":{"amount":4200,"currency":"EUR"}}`)
	other := []byte(`{"id":"evt_2","type":"refund.created","data":{"amount":500,"currency":"USD"}}`)
	good := sign(1700000000, payload)
	fmt.Println("signature:", good)

	cases := []struct {
		name, header string
		body         []byte
	}{
		{"valid", "t=1700000000,v1=" + good, payload},
		{"replay", "t=1700000000,v1=" + good, payload},
		{"rotated keys", "t=1699999900,v1=abcd,v1=" + sign(1699999900, other), other},
		{"tampered", "t=1700000000,v1=" + good, []byte(strings.Replace(string(payload), "4200", "9999", 1))},
		{"old timestamp", "t=1699990000,v1=" + sign(1699990000, payload), payload},
		{"missing", "", payload},
		{"non-hex", "t=1700000000,v1=zzzz", payload},
	}
	for _, c := range cases {
		req := httptest.NewRequest("POST", "/webhooks", strings.NewReader(string(c.body)))
		if c.header != "" {
			req.Header.Set("X-Signature", c.header)
		}
		rec := httptest.NewRecorder()
		v.ServeHTTP(rec, req)
		fmt.Printf("%-14s %d %s\n", c.name, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
}
