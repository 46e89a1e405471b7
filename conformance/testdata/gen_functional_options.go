package main

import (
	"errors"
	"fmt"
	"slices"
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

var ErrInvalidOption = errors.New("invalid option")

func WithPort(p int) Option {
	return func(s *Server) error {
		if p < 1 || p > 65535 {
			return fmt.Errorf("port %d: %w", p, ErrInvalidOption)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		if d <= 0 {
			return fmt.Errorf("timeout %v must be positive: %w", d, ErrInvalidOption)
		}
		s.timeout = d
		return nil
	}
}

func WithTLS() Option {
	return func(s *Server) error {
		s.tls = true
		return nil
	}
}

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		if slices.Contains(tags, "") {
			return fmt.Errorf("empty tag: %w", ErrInvalidOption)
		}
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	if host == "" {
		return nil, errors.New("host is required")
	}
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for i, opt := range opts {
		if err := opt(s); err != nil {
			errs = append(errs, fmt.Errorf("option %d: %w", i, err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := map[bool]string{false: "http", true: "https"}[s.tls]
	return fmt.Sprintf("%s://%s:%d (timeout %v, tags %q)", scheme, s.host, s.port, s.timeout, s.tags)
}

func main() {
	configs := []struct {
		host string
		opts []Option
	}{
		{"example.com", []Option{WithTLS(), WithPort(443), WithTimeout(1500 * time.Millisecond), WithTags("prod", "eu")}},
		{"api.local", []Option{WithPort(8443), WithTLS()}},
		{"bad.local", []Option{WithPort(70000), WithTimeout(-time.Second), WithTags("a", "")}},
		{"", []Option{WithTLS()}},
	}
	for _, c := range configs {
		s, err := NewServer(c.host, c.opts...)
		if err != nil {
			fmt.Printf("NewServer(%q) failed (%T, invalid option: %t):\n%v\n", c.host, err, errors.Is(err, ErrInvalidOption), err)
			continue
		}
		fmt.Println(s)
		fmt.Printf("  %+v\n", *s)
	}
}
