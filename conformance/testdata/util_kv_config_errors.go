package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

var ErrMissing = errors.New("missing required key")

type FieldError struct {
	Key string
	Err error
}

func (e *FieldError) Error() string { return fmt.Sprintf("config %s: %v", e.Key, e.Err) }
func (e *FieldError) Unwrap() error { return e.Err }

type ServerConfig struct {
	Host         string
	Port         int
	ReadTimeout  time.Duration
	AllowOrigins []string
	Verbose      bool
}

func (c ServerConfig) String() string {
	return fmt.Sprintf("%s:%d timeout=%v origins=%q verbose=%t",
		c.Host, c.Port, c.ReadTimeout, c.AllowOrigins, c.Verbose)
}

func parseEnvFile(src string) map[string]string {
	vals := map[string]string{}
	for line := range strings.Lines(src) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		if uq, err := strconv.Unquote(v); err == nil {
			v = uq
		}
		vals[strings.TrimSpace(k)] = v
	}
	return vals
}

func Load(vals map[string]string) (ServerConfig, error) {
	cfg := ServerConfig{Port: 8080, ReadTimeout: 5 * time.Second}
	var errs []error
	get := func(key string, required bool, apply func(string) error) {
		v, ok := vals[key]
		if !ok {
			if required {
				errs = append(errs, &FieldError{key, ErrMissing})
			}
			return
		}
		if err := apply(v); err != nil {
			errs = append(errs, &FieldError{key, err})
		}
	}
	get("HOST", true, func(s string) error { cfg.Host = s; return nil })
	get("PORT", false, func(s string) (err error) { cfg.Port, err = strconv.Atoi(s); return })
	get("READ_TIMEOUT", false, func(s string) (err error) { cfg.ReadTimeout, err = time.ParseDuration(s); return })
	get("ALLOW_ORIGINS", false, func(s string) error {
		for o := range strings.SplitSeq(s, ",") {
			if o = strings.TrimSpace(o); o != "" {
				cfg.AllowOrigins = append(cfg.AllowOrigins, o)
			}
		}
		return nil
	})
	get("VERBOSE", false, func(s string) (err error) { cfg.Verbose, err = strconv.ParseBool(s); return })
	return cfg, errors.Join(errs...)
}

func main() {
	files := []string{
		"# production\nexport HOST=api.example.com\nPORT=443\nREAD_TIMEOUT=\"2m30s\"\nALLOW_ORIGINS=https://a.com, https://b.com,\nVERBOSE=false\n",
		"HOST=localhost\n",
		"PORT=eighty\nREAD_TIMEOUT=fast\nVERBOSE=maybe\n",
	}
	for i, f := range files {
		fmt.Printf("--- file %d\n", i+1)
		cfg, err := Load(parseEnvFile(f))
		if err == nil {
			fmt.Println("ok:", cfg)
			continue
		}
		fmt.Println(err)
		fmt.Println("missing key?", errors.Is(err, ErrMissing))
		fmt.Println("bad number?", errors.Is(err, strconv.ErrSyntax))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("first field error:", fe.Key)
		}
	}
}
