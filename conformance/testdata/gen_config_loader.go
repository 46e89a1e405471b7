package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Name     string
	Port     int
	Debug    bool
	Timeout  time.Duration
	Ratio    float64
	Hosts    []string
	LogLevel string
}

type LoadError struct {
	Key   string
	Value string
	Err   error
}

func (e *LoadError) Error() string {
	return fmt.Sprintf("key %q (value %q): %v", e.Key, e.Value, e.Err)
}

func (e *LoadError) Unwrap() error { return e.Err }

var ErrUnknownKey = errors.New("unknown key")

func Load(raw map[string]string) (Config, error) {
	cfg := Config{Port: 8080, Timeout: 5 * time.Second, LogLevel: "info"}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	var errs []error
	for _, k := range keys {
		v := raw[k]
		var err error
		switch strings.ToLower(k) {
		case "name":
			cfg.Name = v
		case "port":
			cfg.Port, err = strconv.Atoi(v)
		case "debug":
			cfg.Debug, err = strconv.ParseBool(v)
		case "timeout":
			cfg.Timeout, err = time.ParseDuration(v)
		case "ratio":
			cfg.Ratio, err = strconv.ParseFloat(v, 64)
		case "hosts":
			cfg.Hosts = strings.Split(v, ",")
		case "loglevel":
			if !slices.Contains([]string{"debug", "info", "warn", "error"}, v) {
				err = fmt.Errorf("unsupported level")
			} else {
				cfg.LogLevel = v
			}
		default:
			err = ErrUnknownKey
		}
		if err != nil {
			errs = append(errs, &LoadError{Key: k, Value: v, Err: err})
		}
	}
	return cfg, errors.Join(errs...)
}

func main() {
	good := map[string]string{
		"name": "api", "port": "9090", "debug": "true",
		"timeout": "2m30s", "ratio": "0.75", "hosts": "a.local,b.local",
	}
	cfg, err := Load(good)
	fmt.Printf("%+v\nerr=%v\n\n", cfg, err)

	bad := map[string]string{
		"Name": "worker", "port": "http", "debug": "yes",
		"timeout": "10", "LogLevel": "trace", "color": "blue", "ratio": "1e400",
	}
	cfg, err = Load(bad)
	fmt.Printf("%+v\n", cfg)
	fmt.Printf("errors:\n%v\n", err)

	var le *LoadError
	if errors.As(err, &le) {
		fmt.Printf("first: key=%q type=%T\n", le.Key, le.Err)
	}
	fmt.Println("unknown key present:", errors.Is(err, ErrUnknownKey))
	fmt.Println("range error present:", errors.Is(err, strconv.ErrRange))
}
