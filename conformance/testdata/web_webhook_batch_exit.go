package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
)

const webhookSecret = "whsec_test_123"

type Event struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Amount   int    `json:"amount"`
		Currency string `json:"currency"`
	} `json:"data"`
}

func signature(body []byte) string {
	m := hmac.New(sha256.New, []byte(webhookSecret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

type Ledger struct {
	seen    map[string]bool
	balance map[string]int
}

func (l *Ledger) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 4096))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	if !hmac.Equal([]byte(signature(body)), []byte(r.Header.Get("X-Signature"))) {
		http.Error(w, "signature mismatch", http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "invalid payload", http.StatusBadRequest)
		return
	}
	if l.seen[ev.ID] {
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, "duplicate ignored")
		return
	}
	switch ev.Type {
	case "payment.succeeded":
		l.balance[ev.Data.Currency] += ev.Data.Amount
	case "refund.created":
		l.balance[ev.Data.Currency] -= ev.Data.Amount
	default:
		http.Error(w, "unhandled event type "+ev.Type, http.StatusUnprocessableEntity)
		return
	}
	l.seen[ev.ID] = true
	w.WriteHeader(http.StatusAccepted)
	fmt.Fprint(w, "accepted")
}

type delivery struct {
	body   string
	forged bool
}

func main() {
	ledger := &Ledger{seen: map[string]bool{}, balance: map[string]int{}}
	deliveries := []delivery{
		{body: `{"id":"evt_1","type":"payment.succeeded","data":{"amount":2500,"currency":"eur"}}`},
		{body: `{"id":"evt_2","type":"payment.succeeded","data":{"amount":1200,"currency":"eur"}}`},
		{body: `{"id":"evt_1","type":"payment.succeeded","data":{"amount":2500,"currency":"eur"}}`},
		{body: `{"id":"evt_3","type":"refund.created","data":{"amount":700,"currency":"eur"}}`},
		{body: `{"id":"evt_4","type":"payment.succeeded","data":{"amount":99999,"currency":"eur"}}`, forged: true},
		{body: `{"id":"evt_5","type":"customer.deleted","data":{}}`},
		{body: `{"id":"evt_6",`},
	}

	var failures []error
	for i, d := range deliveries {
		req := httptest.NewRequest("POST", "/webhooks/payments", strings.NewReader(d.body))
		sig := signature([]byte(d.body))
		if d.forged {
			sig = signature([]byte("something else"))
		}
		req.Header.Set("X-Signature", sig)
		rec := httptest.NewRecorder()
		ledger.ServeHTTP(rec, req)
		msg := strings.TrimSpace(rec.Body.String())
		fmt.Printf("delivery %d: %d %s\n", i+1, rec.Code, msg)
		if rec.Code >= 300 {
			failures = append(failures, fmt.Errorf("delivery %d: status %d: %s", i+1, rec.Code, msg))
		}
	}
	fmt.Printf("eur balance: %d (processed %d unique events)\n", ledger.balance["eur"], len(ledger.seen))

	if err := errors.Join(failures...); err != nil {
		fmt.Fprintf(os.Stderr, "webhook batch had %d failures:\n%v\n", len(failures), err)
		os.Exit(1)
	}
	fmt.Println("all deliveries processed")
}
