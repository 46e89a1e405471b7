package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type storedResponse struct {
	bodyHash string
	status   int
	body     []byte
}

// Idempotency replays the first response for a repeated Idempotency-Key and
// rejects reuse of a key with a different request body.
type Idempotency struct {
	mu    sync.Mutex
	saved map[string]storedResponse
}

func (m *Idempotency) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("Idempotency-Key")
		if key == "" || r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		sum := sha256.Sum256(body)
		hash := hex.EncodeToString(sum[:8])

		m.mu.Lock()
		defer m.mu.Unlock()
		if prev, ok := m.saved[key]; ok {
			if prev.bodyHash != hash {
				http.Error(w, "idempotency key reused with different body", http.StatusUnprocessableEntity)
				return
			}
			w.Header().Set("Idempotent-Replayed", "true")
			w.WriteHeader(prev.status)
			w.Write(prev.body)
			return
		}
		rec := httptest.NewRecorder()
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(rec, r)
		if rec.Code < 500 { // server errors may be retried for real
			m.saved[key] = storedResponse{bodyHash: hash, status: rec.Code, body: rec.Body.Bytes()}
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	})
}

type payments struct {
	charged  int
	count    int
	failNext bool
}

func (p *payments) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Amount int    `json:"amount"`
		Card   string `json:"card"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Amount <= 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if p.failNext {
		p.failNext = false
		http.Error(w, "processor unavailable", http.StatusBadGateway)
		return
	}
	p.charged += req.Amount
	p.count++
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, `{"charge_id":"ch_%03d","amount":%d}`, p.count, req.Amount)
}

func main() {
	pay := &payments{}
	h := (&Idempotency{saved: map[string]storedResponse{}}).Wrap(pay)

	send := func(key, body string) {
		req := httptest.NewRequest(http.MethodPost, "/charges", strings.NewReader(body))
		if key != "" {
			req.Header.Set("Idempotency-Key", key)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		replay := rec.Header().Get("Idempotent-Replayed") == "true"
		fmt.Printf("key=%-6s %-28s -> %d replay=%-5v %s | total charged=%d\n",
			key, body, rec.Code, replay, strings.TrimSpace(rec.Body.String()), pay.charged)
	}

	send("k1", `{"amount":500,"card":"visa"}`)
	send("k1", `{"amount":500,"card":"visa"}`)
	send("k1", `{"amount":900,"card":"visa"}`)
	send("k2", `{"amount":-3,"card":"visa"}`)
	send("k2", `{"amount":-3,"card":"visa"}`)
	pay.failNext = true
	send("k3", `{"amount":250,"card":"amex"}`)
	send("k3", `{"amount":250,"card":"amex"}`)
	send("k3", `{"amount":250,"card":"amex"}`)
	send("", `{"amount":100,"card":"visa"}`)
	send("", `{"amount":100,"card":"visa"}`)
}
