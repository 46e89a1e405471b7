package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

// Unexported key types prevent collisions with other packages' context keys.
type ctxKey int

const (
	requestIDKey ctxKey = iota
	tenantKey
)

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey).(string); ok {
		return id
	}
	return "unknown"
}

func Tenant(ctx context.Context) (string, bool) {
	t, ok := ctx.Value(tenantKey).(string)
	return t, ok
}

type logger struct{ lines []string }

func (l *logger) Printf(ctx context.Context, format string, args ...any) {
	prefix := "[" + RequestID(ctx) + "]"
	if t, ok := Tenant(ctx); ok {
		prefix += "[" + t + "]"
	}
	l.lines = append(l.lines, prefix+" "+fmt.Sprintf(format, args...))
}

// requestIDMiddleware reuses an incoming X-Request-ID or assigns a sequential one.
func requestIDMiddleware(next http.Handler) http.Handler {
	seq := 0
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if id == "" {
			seq++
			id = fmt.Sprintf("req-%04d", seq)
		}
		ctx := WithRequestID(r.Context(), id)
		if host, _, ok := strings.Cut(r.Host, "."); ok {
			ctx = context.WithValue(ctx, tenantKey, host)
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

type orderService struct{ log *logger }

func (s *orderService) lookup(ctx context.Context, orderID string) (string, error) {
	s.log.Printf(ctx, "repository lookup order=%s", orderID)
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("lookup %s: %w", orderID, err)
	}
	if orderID == "" {
		return "", fmt.Errorf("lookup: empty order id")
	}
	return "order " + orderID + " is shipped", nil
}

func main() {
	log := &logger{}
	svc := &orderService{log: log}
	handler := requestIDMiddleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		log.Printf(ctx, "handling %s %s", r.Method, r.URL.Path)
		status, err := svc.lookup(ctx, r.URL.Query().Get("id"))
		if err != nil {
			log.Printf(ctx, "failed: %v", err)
			http.Error(w, "request "+RequestID(ctx)+" failed", http.StatusBadRequest)
			return
		}
		fmt.Fprint(w, status)
	}))

	reqs := []*http.Request{
		httptest.NewRequest("GET", "http://acme.shop.test/orders?id=17", nil),
		httptest.NewRequest("GET", "http://localhost/orders?id=", nil),
		httptest.NewRequest("GET", "http://globex.shop.test/orders?id=99", nil),
	}
	reqs[2].Header.Set("X-Request-ID", "upstream-abc")

	// A request whose context was already cancelled by the client.
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	reqs = append(reqs, httptest.NewRequest("GET", "http://acme.shop.test/orders?id=5", nil).WithContext(cancelled))

	for _, r := range reqs {
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, r)
		fmt.Printf("%d id=%s body=%q\n", rec.Code, rec.Header().Get("X-Request-ID"), strings.TrimSpace(rec.Body.String()))
	}
	fmt.Println("log:")
	for _, line := range log.lines {
		fmt.Println("  " + line)
	}
	fmt.Println("background request id:", RequestID(context.Background()))
}
