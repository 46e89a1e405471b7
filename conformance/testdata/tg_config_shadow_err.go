package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Config struct {
	Port    int
	Workers int
	Mode    string
}

var errEmpty = errors.New("empty value")

func parseInt(key, v string) (int, error) {
	if v == "" {
		return 0, fmt.Errorf("%s: %w", key, errEmpty)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%s: bad integer %q", key, v)
	}
	return n, nil
}

// load parses "key=value" lines. It deliberately uses := inside nested
// scopes, so the outer err is only set where we assign it with =.
func load(lines []string) (cfg Config, err error) {
	cfg = Config{Port: 80, Workers: 1, Mode: "dev"}
	var warnings int
	for _, line := range lines {
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			warnings++
			continue
		}
		if key == "port" {
			port, err := parseInt(key, val) // shadows the named result
			if err != nil {
				warnings++
				continue
			}
			cfg.Port = port
		} else if n, err := parseInt(key, val); key == "workers" && err == nil {
			cfg.Workers = n
		} else if key == "workers" {
			// n and err from the else-if header are still in scope here.
			fmt.Printf("  workers rejected (n=%d): %v\n", n, err)
			if errors.Is(err, errEmpty) {
				err = nil // only changes the shadowed err
			}
			warnings++
		} else if key == "mode" {
			cfg.Mode = val
		} else {
			err = fmt.Errorf("unknown key %q", key) // still the shadowed err from the else-if
			_ = err
			warnings++
		}
	}
	if warnings > 2 {
		err = fmt.Errorf("too many warnings: %d", warnings)
	}
	return
}

func main() {
	inputs := [][]string{
		{"port=8080", "workers=4", "mode=prod"},
		{"port=abc", "workers=", "mode=test"},
		{"port=1", "workers=x", "color=blue", "junk"},
		{},
	}
	for i, in := range inputs {
		fmt.Printf("case %d: %q\n", i, in)
		cfg, err := load(in)
		if err != nil {
			fmt.Printf("  error: %v\n", err)
		}
		fmt.Printf("  config: %+v\n", cfg)
	}

	var err error
	total := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		v, err := strconv.Atoi(s)
		if err != nil {
			continue
		}
		total += v
	}
	fmt.Println("total:", total, "outer err nil:", err == nil)
}
