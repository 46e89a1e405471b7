package main

import (
	"errors"
	"fmt"
	"time"
)

type Server struct {
	Host        string
	Port        int
	Timeout     time.Duration
	MaxConns    int
	TLS         bool
	Middlewares []string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.Port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		s.Timeout = d
		return nil
	}
}

func WithTLS() Option {
	return func(s *Server) error {
		s.TLS = true
		if s.Port == 80 {
			s.Port = 443
		}
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		if n < 1 {
			return errors.New("max conns must be positive")
		}
		s.MaxConns = n
		return nil
	}
}

func WithMiddleware(names ...string) Option {
	return func(s *Server) error {
		s.Middlewares = append(s.Middlewares, names...)
		return nil
	}
}

// Combine turns several options into one.
func Combine(opts ...Option) Option {
	return func(s *Server) error {
		for _, o := range opts {
			if err := o(s); err != nil {
				return err
			}
		}
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{Host: host, Port: 80, Timeout: 30 * time.Second, MaxConns: 100}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("new server %q: %w", host, err)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.TLS {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout=%v, max=%d, mw=%v)", scheme, s.Host, s.Port, s.Timeout, s.MaxConns, s.Middlewares)
}

func main() {
	production := Combine(WithTLS(), WithTimeout(5*time.Second), WithMiddleware("gzip", "auth"))

	configs := []struct {
		host string
		opts []Option
	}{
		{"localhost", nil},
		{"example.com", []Option{production}},
		{"api.local", []Option{WithPort(9000), WithMaxConns(10), WithTimeout(1500 * time.Millisecond)}},
		{"broken", []Option{WithPort(70000), WithMaxConns(0)}},
		{"ordered", []Option{WithTLS(), WithPort(8443), WithMiddleware("log"), WithMiddleware("trace")}},
	}
	for _, c := range configs {
		s, err := NewServer(c.host, c.opts...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s)
	}

	s, _ := NewServer("plain", WithPort(8080))
	fmt.Printf("%+v\n", *s)
	fmt.Printf("%v\n", *s)
	fmt.Printf("%T %T\n", production, s)
	fmt.Println("default timeout in ms:", s.Timeout.Milliseconds(), "as string:", s.Timeout)
}
