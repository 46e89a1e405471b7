package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Limits struct {
	MaxBodyKB int `json:"max_body_kb"`
	RateLimit int `json:"rate_limit,omitempty"`
}

type Endpoint struct {
	Path    string   `json:"path"`
	Methods []string `json:"methods"`
	Limits           // embedded: fields are promoted into the endpoint object
}

type Config struct {
	Service   string              `json:"service"`
	Version   int                 `json:"version"`
	Endpoints []Endpoint          `json:"endpoints"`
	Features  map[string]bool     `json:"features"`
	Owners    map[string][]string `json:"owners,omitempty"`
}

type ValidationError struct {
	Problems []string
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("%d validation problem(s): %s", len(v.Problems), strings.Join(v.Problems, "; "))
}

func defaults() Config {
	return Config{Version: 1, Features: map[string]bool{"metrics": true, "tracing": false}}
}

func (c *Config) Validate() error {
	var probs []string
	if c.Service == "" {
		probs = append(probs, "service is required")
	}
	for i, e := range c.Endpoints {
		if !strings.HasPrefix(e.Path, "/") {
			probs = append(probs, fmt.Sprintf("endpoints[%d].path %q must start with /", i, e.Path))
		}
		if e.MaxBodyKB == 0 {
			c.Endpoints[i].MaxBodyKB = 64
		}
	}
	if len(probs) > 0 {
		return &ValidationError{probs}
	}
	return nil
}

func Load(data string) (Config, error) {
	cfg := defaults()
	if err := json.Unmarshal([]byte(data), &cfg); err != nil {
		return cfg, fmt.Errorf("decode: %w", err)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("validate: %w", err)
	}
	return cfg, nil
}

func main() {
	docs := []string{
		`{"service":"orders","endpoints":[{"path":"/orders","methods":["GET","POST"],"max_body_kb":256,"rate_limit":100},
		  {"path":"/health","methods":["GET"]}],"features":{"tracing":true,"beta":true},"owners":{"team":["ann","raj"]}}`,
		`{"version":2,"endpoints":[{"path":"items","methods":["GET"]}]}`,
		`{"service":"x","endpoints":{"path":"/"}}`,
		`{"service": "y",}`,
	}
	for i, d := range docs {
		fmt.Printf("== doc %d\n", i+1)
		cfg, err := Load(d)
		var ve *ValidationError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &ve):
			for _, p := range ve.Problems {
				fmt.Println("  problem:", p)
			}
			continue
		case errors.As(err, &se):
			fmt.Printf("  syntax error at offset %d: %v\n", se.Offset, se)
			continue
		case err != nil:
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("  service=%s version=%d\n", cfg.Service, cfg.Version)
		for _, f := range slices.Sorted(maps.Keys(cfg.Features)) {
			fmt.Printf("  feature %-8s %v\n", f, cfg.Features[f])
		}
		for _, e := range cfg.Endpoints {
			fmt.Printf("  %-8s %-9s body=%dKB rate=%d\n", e.Path, strings.Join(e.Methods, ","), e.MaxBodyKB, e.RateLimit)
		}
		out, _ := json.Marshal(cfg.Endpoints[1])
		fmt.Println("  re-encoded:", string(out))
	}
}
