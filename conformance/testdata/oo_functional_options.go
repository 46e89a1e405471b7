package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      bool
	tags     []string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		if n < 1 {
			return errors.New("max conns must be positive")
		}
		s.maxConns = n
		return nil
	}
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.tags = append(s.tags, tags...); return nil }
}

// Production bundles several options into one.
func Production() Option {
	return func(s *Server) error {
		for _, o := range []Option{WithTLS(), WithPort(443), WithMaxConns(1000), WithTags("prod")} {
			if err := o(s); err != nil {
				return err
			}
		}
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	tags := "-"
	if len(s.tags) > 0 {
		tags = strings.Join(s.tags, ",")
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v max=%d tags=%s", scheme, s.host, s.port, s.timeout, s.maxConns, tags)
}

func main() {
	configs := []struct {
		name string
		host string
		opts []Option
	}{
		{"defaults", "localhost", nil},
		{"custom", "api.local", []Option{WithPort(9000), WithTimeout(1500 * time.Millisecond)}},
		{"prod", "example.com", []Option{Production(), WithTags("eu", "v2")}},
		{"override", "example.com", []Option{Production(), WithPort(8443)}},
		{"bad port", "x", []Option{WithTLS(), WithPort(70000)}},
		{"bad conns", "x", []Option{WithMaxConns(0)}},
	}
	for _, c := range configs {
		s, err := NewServer(c.host, c.opts...)
		if err != nil {
			fmt.Printf("%-9s error: %v\n", c.name, err)
			continue
		}
		fmt.Printf("%-9s %v\n", c.name, s)
	}

	// Options are plain values: they can be stored and reused.
	common := []Option{WithTimeout(5 * time.Second), WithTags("shared")}
	a, _ := NewServer("a", append(common, WithPort(1))...)
	b, _ := NewServer("b", append(common, WithPort(2))...)
	fmt.Println(a)
	fmt.Println(b)
}
