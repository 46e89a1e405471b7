package main

import (
	"errors"
	"fmt"
	"time"
)

type Config struct {
	Host        string
	Port        int
	Timeout     time.Duration
	MaxConns    int
	TLS         bool
	Labels      map[string]string
	RetryPolicy []time.Duration
}

type Option func(*Config) error

func WithHost(h string) Option {
	return func(c *Config) error {
		if h == "" {
			return errors.New("host must not be empty")
		}
		c.Host = h
		return nil
	}
}

func WithPort(p int) Option {
	return func(c *Config) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		c.Port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(c *Config) error { c.Timeout = d; return nil }
}

func WithTLS() Option { return func(c *Config) error { c.TLS = true; return nil } }

func WithLabel(k, v string) Option {
	return func(c *Config) error {
		if c.Labels == nil {
			c.Labels = map[string]string{}
		}
		c.Labels[k] = v
		return nil
	}
}

func WithRetries(delays ...time.Duration) Option {
	return func(c *Config) error { c.RetryPolicy = append([]time.Duration(nil), delays...); return nil }
}

func NewConfig(opts ...Option) (*Config, error) {
	c := &Config{Host: "localhost", Port: 8080, Timeout: 30 * time.Second, MaxConns: 100}
	var errs []error
	for _, o := range opts {
		if err := o(c); err != nil {
			errs = append(errs, err)
		}
	}
	if c.TLS && c.Port == 8080 {
		c.Port = 8443
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return c, nil
}

func (c *Config) String() string {
	return fmt.Sprintf("%s:%d tls=%t timeout=%s max=%d labels=%v retries=%v", c.Host, c.Port, c.TLS, c.Timeout, c.MaxConns, c.Labels, c.RetryPolicy)
}

func main() {
	def, _ := NewConfig()
	fmt.Println("default:", def)

	custom, err := NewConfig(WithHost("db.internal"), WithTLS(), WithTimeout(1500*time.Millisecond),
		WithLabel("env", "prod"), WithLabel("team", "core"), WithRetries(time.Second, 2*time.Second))
	fmt.Println("custom:", custom, err)

	base := []Option{WithHost("svc"), WithPort(9000)}
	extended := append(base[:len(base):len(base)], WithLabel("tier", "gold"))
	a, _ := NewConfig(base...)
	b, _ := NewConfig(extended...)
	fmt.Println("base:", a)
	fmt.Println("extended:", b)

	_, err = NewConfig(WithHost(""), WithPort(70000), WithPort(-1))
	fmt.Println("error:", err)
}
