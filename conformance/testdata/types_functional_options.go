package main

import (
	"errors"
	"fmt"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	tags    []string
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

func WithTLS() Option {
	return func(s *Server) error {
		s.tls = true
		if s.port == 80 {
			s.port = 443
		}
		return nil
	}
}

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.tags = append(s.tags, tags...); return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, opt := range opts {
		if err := opt(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("new server %s: %w", host, err)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v tags=%v", scheme, s.host, s.port, s.timeout, s.tags)
}

func main() {
	s1, _ := NewServer("localhost")
	fmt.Println(s1)

	s2, _ := NewServer("example.com", WithTLS(), WithTimeout(1500*time.Millisecond), WithTags("prod", "eu"))
	fmt.Println(s2)

	// Option order matters: WithTLS bumps the port only if it is still 80.
	s3, _ := NewServer("api", WithPort(8080), WithTLS())
	fmt.Println(s3)

	// Options are ordinary values: build a preset.
	preset := []Option{WithTags("base"), WithTimeout(time.Minute)}
	s4, _ := NewServer("svc", append(preset, WithTags("extra"))...)
	fmt.Println(s4)

	_, err := NewServer("bad", WithPort(0), WithPort(70000), WithTLS())
	fmt.Println("error:")
	fmt.Println(err)
}
