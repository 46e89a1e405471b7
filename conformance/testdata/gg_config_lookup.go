package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

var (
	ErrMissing  = errors.New("missing key")
	ErrBadValue = errors.New("bad value")
)

type Config map[string]string

var defaults = func() Config {
	c := Config{}
	for _, line := range strings.Split(`
name = demo-service
port = 8080
debug = true
timeout = 2500ms
ratio = 0.25
tags = api, web ,internal
retries = three`, "\n") {
		k, v, ok := strings.Cut(line, "=")
		if ok {
			c[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return c
}()

// Get fetches key and parses it with parse.
func Get[T any](c Config, key string, parse func(string) (T, error)) (T, error) {
	raw, ok := c[key]
	if !ok {
		var zero T
		return zero, fmt.Errorf("config %q: %w", key, ErrMissing)
	}
	v, err := parse(raw)
	if err != nil {
		return v, fmt.Errorf("config %q=%q: %w: %w", key, raw, ErrBadValue, err)
	}
	return v, nil
}

// GetOr returns fallback when the key is missing or invalid.
func GetOr[T any](c Config, key string, parse func(string) (T, error), fallback T) T {
	if v, err := Get(c, key, parse); err == nil {
		return v
	}
	return fallback
}

func str(s string) (string, error) { return s, nil }

func list(s string) ([]string, error) {
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts, nil
}

func Port() (int, error) { return Get(defaults, "port", strconv.Atoi) }

var timeout = GetOr(defaults, "timeout", time.ParseDuration, time.Second)

type Settings struct {
	Name    string
	Port    int
	Debug   bool
	Timeout time.Duration
	Ratio   float64
	Tags    []string
}

func main() {
	name, err := Get(defaults, "name", str)
	fmt.Printf("name=%q err=%v\n", name, err)
	port, err := Port()
	fmt.Println("port:", port, err)
	debug, _ := Get(defaults, "debug", strconv.ParseBool)
	fmt.Println("debug:", debug, "timeout:", timeout)

	ratio, _ := Get(defaults, "ratio", func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	fmt.Printf("ratio: %5.2f\n", ratio)

	tags, _ := Get(defaults, "tags", list)
	fmt.Printf("tags: %q\n", tags)

	retries, err := Get(defaults, "retries", strconv.Atoi)
	fmt.Println("retries:", retries)
	fmt.Println("  err:", err)
	fmt.Println("  bad value:", errors.Is(err, ErrBadValue), "syntax:", errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("  NumError: %+v\n", *ne)
	}

	_, err = Get(defaults, "host", str)
	fmt.Println("host:", err, errors.Is(err, ErrMissing))
	fmt.Println("host or default:", GetOr(defaults, "host", str, "localhost"))
	fmt.Println("retries or default:", GetOr(defaults, "retries", strconv.Atoi, 3))

	s := Settings{
		Name:    GetOr(defaults, "name", str, ""),
		Port:    GetOr(defaults, "port", strconv.Atoi, 80),
		Debug:   GetOr(defaults, "debug", strconv.ParseBool, false),
		Timeout: timeout,
		Ratio:   ratio,
		Tags:    GetOr(defaults, "tags", list, nil),
	}
	fmt.Printf("%+v\n", s)
	fmt.Println("config:", defaults)
}
