package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

// Chain applies middlewares so that the first one listed is the outermost.
func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type trace struct{ steps []string }

func (t *trace) add(s string) { t.steps = append(t.steps, s) }

// statusRecorder captures the status code written by inner handlers.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func Logging(t *trace) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			t.add("log:start " + r.Method + " " + r.URL.Path)
			sr := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
			next.ServeHTTP(sr, r)
			t.add(fmt.Sprintf("log:end status=%d", sr.status))
		})
	}
}

func Recover(t *trace) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				if v := recover(); v != nil {
					t.add(fmt.Sprintf("recover: %v", v))
					http.Error(w, "internal error", http.StatusInternalServerError)
				}
			}()
			next.ServeHTTP(w, r)
		})
	}
}

func RequireToken(t *trace, valid map[string]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			user, ok := valid[token]
			if !ok {
				t.add("auth: rejected")
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			t.add("auth: user=" + user)
			r.Header.Set("X-User", user)
			next.ServeHTTP(w, r)
		})
	}
}

func SetHeader(key, value string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set(key, value)
			next.ServeHTTP(w, r)
		})
	}
}

func main() {
	t := &trace{}
	app := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/panic" {
			panic("nil map write")
		}
		t.add("handler: " + r.URL.Path)
		fmt.Fprintf(w, "hello %s", r.Header.Get("X-User"))
	})

	tokens := map[string]string{"t-123": "alice", "t-456": "bob"}
	h := Chain(app,
		Logging(t),
		Recover(t),
		SetHeader("X-Service", "greeter"),
		RequireToken(t, tokens),
	)

	cases := []struct{ path, token string }{
		{"/hello", "t-123"},
		{"/hello", "t-456"},
		{"/hello", "bogus"},
		{"/panic", "t-123"},
	}
	for _, c := range cases {
		t.steps = nil
		req := httptest.NewRequest(http.MethodGet, c.path, nil)
		req.Header.Set("Authorization", "Bearer "+c.token)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)

		fmt.Printf("%s token=%s -> %d %q service=%s\n", c.path, c.token,
			rec.Code, strings.TrimSpace(rec.Body.String()), rec.Header().Get("X-Service"))
		for _, s := range t.steps {
			fmt.Println("   ", s)
		}
	}
}
