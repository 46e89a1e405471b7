package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Config struct {
	Name    string         `json:"name"`
	Workers int            `json:"workers"`
	Port    int            `json:"port"`
	Mode    string         `json:"mode"`
	Hosts   []string       `json:"hosts"`
	Limits  map[string]int `json:"limits"`
	Debug   *bool          `json:"debug,omitempty"`
}

type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return fmt.Sprintf("field %q: %s", e.Field, e.Reason) }

var ErrRequired = errors.New("required")

func (c Config) Validate() error {
	var errs []error
	if strings.TrimSpace(c.Name) == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if c.Workers < 1 || c.Workers > 64 {
		errs = append(errs, &FieldError{"workers", fmt.Sprintf("%d not in [1,64]", c.Workers)})
	}
	if c.Port <= 1024 || c.Port > 65535 {
		errs = append(errs, &FieldError{"port", fmt.Sprintf("%d out of range", c.Port)})
	}
	if !slices.Contains([]string{"mpi", "openmp", "cuda"}, c.Mode) {
		errs = append(errs, &FieldError{"mode", fmt.Sprintf("unknown mode %q", c.Mode)})
	}
	if len(c.Hosts) == 0 {
		errs = append(errs, fmt.Errorf("hosts: %w", ErrRequired))
	}
	for i, h := range c.Hosts {
		if strings.ContainsAny(h, " /") {
			errs = append(errs, &FieldError{fmt.Sprintf("hosts[%d]", i), "invalid hostname " + h})
		}
	}
	for k, v := range c.Limits {
		if v < 0 {
			errs = append(errs, &FieldError{"limits." + k, "negative"})
		}
	}
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return errors.Join(errs...)
}

func main() {
	docs := []string{
		`{"name":"jacobi","workers":8,"port":8080,"mode":"mpi","hosts":["n1","n2"],"limits":{"mem":4096}}`,
		`{"name":" ","workers":0,"port":80,"mode":"threads","hosts":["bad host","n/3"],"limits":{"mem":-1,"cpu":-2}}`,
		`{"name":"x","workers":"many"}`,
		`{"name":"gpu","workers":4,"port":9000,"mode":"cuda","debug":true}`,
	}
	for i, doc := range docs {
		var cfg Config
		if err := json.Unmarshal([]byte(doc), &cfg); err != nil {
			var te *json.UnmarshalTypeError
			fmt.Printf("config %d: decode error (type error=%t, field=%s)\n", i, errors.As(err, &te), te.Field)
			continue
		}
		err := cfg.Validate()
		if err == nil {
			fmt.Printf("config %d: OK %+v\n", i, cfg)
			continue
		}
		first := "none"
		if fe := (*FieldError)(nil); errors.As(err, &fe) {
			first = fe.Field
		}
		fmt.Printf("config %d: %d problem(s), required missing=%t, first field error=%q\n",
			i, len(err.(interface{ Unwrap() []error }).Unwrap()), errors.Is(err, ErrRequired), first)
		for line := range strings.SplitSeq(err.Error(), "\n") {
			fmt.Println("   -", line)
		}
		if cfg.Debug != nil {
			fmt.Println("   debug =", *cfg.Debug)
		}
	}
	out, _ := json.Marshal(Config{Name: "min", Workers: 1, Hosts: []string{}})
	fmt.Printf("%s\n", out)
}
