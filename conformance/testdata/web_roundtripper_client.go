package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

// handlerTransport serves requests by calling an http.Handler in memory.
type handlerTransport struct {
	handler http.Handler
	log     *bytes.Buffer
}

func (t handlerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	fmt.Fprintf(t.log, "-> %s %s auth=%t\n", req.Method, req.URL.RequestURI(), req.Header.Get("Authorization") != "")
	if err := req.Context().Err(); err != nil {
		fmt.Fprintf(t.log, "<- aborted: %v\n", err)
		return nil, err
	}
	rec := httptest.NewRecorder()
	t.handler.ServeHTTP(rec, req)
	res := rec.Result()
	res.Request = req
	fmt.Fprintf(t.log, "<- %d %s\n", res.StatusCode, res.Header.Get("Content-Type"))
	return res, nil
}

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type APIError struct {
	Status  int
	Message string `json:"message"`
}

func (e *APIError) Error() string { return fmt.Sprintf("api error %d: %s", e.Status, e.Message) }

type Client struct {
	base  *url.URL
	http  *http.Client
	token string
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base.JoinPath(path).String(), body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "application/json")
	res, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer res.Body.Close()
	if res.StatusCode >= 400 {
		apiErr := &APIError{Status: res.StatusCode}
		json.NewDecoder(res.Body).Decode(apiErr)
		return apiErr
	}
	if out != nil {
		return json.NewDecoder(res.Body).Decode(out)
	}
	return nil
}

func (c *Client) ListTodos(ctx context.Context) ([]Todo, error) {
	var todos []Todo
	return todos, c.do(ctx, "GET", "todos", nil, &todos)
}

func (c *Client) CreateTodo(ctx context.Context, title string) (Todo, error) {
	var t Todo
	return t, c.do(ctx, "POST", "todos", Todo{Title: title}, &t)
}

func server() http.Handler {
	todos := []Todo{{1, "write tests", true}}
	mux := http.NewServeMux()
	writeJSON := func(w http.ResponseWriter, code int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("GET /api/todos", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, todos) })
	mux.HandleFunc("POST /api/todos", func(w http.ResponseWriter, r *http.Request) {
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil || strings.TrimSpace(t.Title) == "" {
			writeJSON(w, 422, map[string]string{"message": "title is required"})
			return
		}
		t.ID = len(todos) + 1
		todos = append(todos, t)
		writeJSON(w, 201, t)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer good-token" {
			writeJSON(w, 401, map[string]string{"message": "invalid token"})
			return
		}
		mux.ServeHTTP(w, r)
	})
}

func main() {
	var log bytes.Buffer
	base, _ := url.Parse("https://todo.internal/api/")
	hc := &http.Client{Transport: handlerTransport{handler: server(), log: &log}}
	c := &Client{base: base, http: hc, token: "good-token"}
	ctx := context.Background()

	t, err := c.CreateTodo(ctx, "ship release")
	fmt.Printf("created: %+v err=%v\n", t, err)
	_, err = c.CreateTodo(ctx, "   ")
	var apiErr *APIError
	fmt.Println("empty title:", err, "| is APIError:", errors.As(err, &apiErr), apiErr.Status)
	todos, err := c.ListTodos(ctx)
	fmt.Printf("list: %+v err=%v\n", todos, err)

	bad := &Client{base: base, http: hc, token: "expired"}
	_, err = bad.ListTodos(ctx)
	fmt.Println("bad token:", err)

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = c.ListTodos(cctx)
	fmt.Println("canceled:", errors.Is(err, context.Canceled), "|", err)

	fmt.Print("--- transport log ---\n", log.String())
}
