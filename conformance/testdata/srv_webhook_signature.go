package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

var (
	ErrMissingSignature = errors.New("missing signature header")
	ErrMalformed        = errors.New("malformed signature header")
	ErrStale            = errors.New("timestamp outside tolerance")
	ErrMismatch         = errors.New("signature mismatch")
)

const tolerance = 300 // seconds

func computeMAC(secret []byte, ts int64, body string) []byte {
	mac := hmac.New(sha256.New, secret)
	fmt.Fprintf(mac, "%d.%s", ts, body)
	return mac.Sum(nil)
}

// sign builds the header "t=<ts>,v1=<hex hmac>" over "<ts>.<body>", Stripe-style.
func sign(secret []byte, ts int64, body string) string {
	return fmt.Sprintf("t=%d,v1=%s", ts, hex.EncodeToString(computeMAC(secret, ts, body)))
}

func verify(secret []byte, header, body string, now int64) error {
	if header == "" {
		return ErrMissingSignature
	}
	var ts int64
	var sig []byte
	for part := range strings.SplitSeq(header, ",") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return ErrMalformed
		}
		switch k {
		case "t":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return fmt.Errorf("%w: bad timestamp: %v", ErrMalformed, err)
			}
			ts = n
		case "v1":
			b, err := hex.DecodeString(v)
			if err != nil {
				return fmt.Errorf("%w: bad hex", ErrMalformed)
			}
			sig = b
		}
	}
	if ts == 0 || sig == nil {
		return ErrMalformed
	}
	if d := now - ts; d > tolerance || d < -tolerance {
		return fmt.Errorf("%w: skew %ds", ErrStale, d)
	}
	if !hmac.Equal(sig, computeMAC(secret, ts, body)) {
		return ErrMismatch
	}
	return nil
}

func webhookHandler(secret []byte, now int64, processed *[]string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "read error", http.StatusBadRequest)
			return
		}
		if err := verify(secret, r.Header.Get("Webhook-Signature"), string(body), now); err != nil {
			status := http.StatusUnauthorized
			if errors.Is(err, ErrMalformed) || errors.Is(err, ErrMissingSignature) {
				status = http.StatusBadRequest
			}
			http.Error(w, err.Error(), status)
			return
		}
		*processed = append(*processed, string(body))
		w.WriteHeader(http.StatusNoContent)
	}
}

func main() {
	secret := []byte("whsec_test_123")
	const now = 1_700_000_000
	body := `{"type":"invoice.paid","id":"evt_1"}`

	fmt.Println("signature:", sign(secret, now, body))

	var processed []string
	h := webhookHandler(secret, now, &processed)
	cases := []struct{ name, header, body string }{
		{"valid", sign(secret, now, body), body},
		{"valid, 2 min old", sign(secret, now-120, body), body},
		{"tampered body", sign(secret, now, body), strings.Replace(body, "evt_1", "evt_2", 1)},
		{"wrong secret", sign([]byte("other"), now, body), body},
		{"too old", sign(secret, now-301, body), body},
		{"from future", sign(secret, now+900, body), body},
		{"missing", "", body},
		{"garbage", "hello", body},
		{"bad hex", "t=1700000000,v1=zz", body},
	}
	for _, c := range cases {
		req := httptest.NewRequest(http.MethodPost, "/webhooks", strings.NewReader(c.body))
		if c.header != "" {
			req.Header.Set("Webhook-Signature", c.header)
		}
		rec := httptest.NewRecorder()
		h(rec, req)
		fmt.Printf("%-17s -> %d %q\n", c.name, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	fmt.Println("processed events:", len(processed))
}
