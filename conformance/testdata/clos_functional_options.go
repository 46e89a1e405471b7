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
	tags     []string
	onStart  []func(*Server) string
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
	return func(s *Server) error {
		s.timeout = d
		return nil
	}
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

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func OnStart(f func(*Server) string) Option {
	return func(s *Server) error {
		s.onStart = append(s.onStart, f)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
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
	return fmt.Sprintf("%s:%d timeout=%v max=%d tags=[%s]",
		s.host, s.port, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

func (s *Server) Start() {
	fmt.Println("starting", s)
	for i, hook := range s.onStart {
		fmt.Printf("  hook %d: %s\n", i, hook(s))
	}
}

func main() {
	presets := map[string][]Option{
		"dev":  {WithPort(3000), WithTags("dev", "debug")},
		"prod": {WithTimeout(5 * time.Second), WithMaxConns(2000), WithTags("prod")},
		"bad":  {WithPort(70000), WithMaxConns(0), WithTags("broken")},
	}

	for _, name := range []string{"dev", "prod", "bad"} {
		opts := presets[name]
		for _, step := range []string{"warm cache", "open db"} {
			opts = append(opts, OnStart(func(s *Server) string {
				return fmt.Sprintf("%s on %s (port %d)", step, name, s.port)
			}))
		}
		s, err := NewServer(name+".local", opts...)
		if err != nil {
			fmt.Printf("%s: cannot build server:\n", name)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("   ", line)
			}
			continue
		}
		s.Start()
	}

	def, _ := NewServer("default")
	fmt.Printf("default: %v\n", def)
}
