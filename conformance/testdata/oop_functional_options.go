package main

import (
	"errors"
	"fmt"
	"time"
)

type Server struct {
	Host     string
	Port     int
	Timeout  time.Duration
	MaxConns int
	TLS      bool
	Tags     []string
}

// Option configures a Server and may reject invalid values.
type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p < 1 || p > 65535 {
			return fmt.Errorf("port %d out of range", p)
		}
		s.Port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		if d <= 0 {
			return errors.New("timeout must be positive")
		}
		s.Timeout = d
		return nil
	}
}

func WithTLS() Option { return func(s *Server) error { s.TLS = true; return nil } }

func WithMaxConns(n int) Option {
	return func(s *Server) error { s.MaxConns = n; return nil }
}

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.Tags = append(s.Tags, tags...); return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{Host: host, Port: 8080, Timeout: 30 * time.Second, MaxConns: 100}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.TLS {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, max %d)", scheme, s.Host, s.Port, s.Timeout, s.MaxConns)
}

func main() {
	defaults, _ := NewServer("localhost")
	fmt.Println(defaults)

	prod, err := NewServer("api.example.com",
		WithPort(443), WithTLS(), WithTimeout(1500*time.Millisecond),
		WithMaxConns(2000), WithTags("prod", "eu"), WithTags("v2"))
	fmt.Println(prod, err)
	fmt.Printf("%+v\n", *prod)

	common := []Option{WithTLS(), WithTags("shared")}
	staging, _ := NewServer("staging", append(common, WithPort(8443))...)
	fmt.Printf("%v tags=%q\n", staging, staging.Tags)

	bad, err := NewServer("x", WithPort(80), WithPort(70000))
	fmt.Printf("%v | %v\n", bad, err)
	_, err = NewServer("x", WithTimeout(0))
	fmt.Println(err)
	fmt.Printf("%T\n", WithTLS())
}
