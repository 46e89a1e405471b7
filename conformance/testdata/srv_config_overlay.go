package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type ServerConfig struct {
	Host         string
	Port         int
	ReadTimeout  time.Duration
	EnableTLS    bool
	AllowOrigins []string
}

type DatabaseConfig struct {
	DSN      string
	MaxConns int
}

type Config struct {
	ServerConfig
	DB       DatabaseConfig
	LogLevel string
}

// Override uses pointers so that "not set" differs from the zero value:
// an override may explicitly turn TLS off or set MaxConns to 0.
type Override struct {
	Host         *string     `json:"host,omitempty"`
	Port         *int        `json:"port,omitempty"`
	ReadTimeout  *string     `json:"read_timeout,omitempty"`
	EnableTLS    *bool       `json:"enable_tls,omitempty"`
	AllowOrigins []string    `json:"allow_origins,omitempty"`
	DB           *DBOverride `json:"db,omitempty"`
	LogLevel     *string     `json:"log_level,omitempty"`
}

type DBOverride struct {
	DSN      *string `json:"dsn,omitempty"`
	MaxConns *int    `json:"max_conns,omitempty"`
}

func Defaults() Config {
	return Config{
		ServerConfig: ServerConfig{Host: "0.0.0.0", Port: 8080, ReadTimeout: 5 * time.Second,
			EnableTLS: true, AllowOrigins: []string{"*"}},
		DB:       DatabaseConfig{DSN: "postgres://localhost/app", MaxConns: 10},
		LogLevel: "info",
	}
}

func setIf[T any](dst *T, src *T) {
	if src != nil {
		*dst = *src
	}
}

func (c Config) Apply(o Override) (Config, error) {
	setIf(&c.Host, o.Host)
	setIf(&c.Port, o.Port)
	setIf(&c.EnableTLS, o.EnableTLS)
	setIf(&c.LogLevel, o.LogLevel)
	if o.ReadTimeout != nil {
		d, err := time.ParseDuration(*o.ReadTimeout)
		if err != nil {
			return c, fmt.Errorf("read_timeout: %w", err)
		}
		c.ReadTimeout = d
	}
	if o.AllowOrigins != nil {
		c.AllowOrigins = append([]string(nil), o.AllowOrigins...)
	}
	if o.DB != nil {
		setIf(&c.DB.DSN, o.DB.DSN)
		setIf(&c.DB.MaxConns, o.DB.MaxConns)
	}
	return c, nil
}

func (c Config) String() string {
	return fmt.Sprintf("host=%s port=%d timeout=%v tls=%v origins=%v db=%s/%d log=%s",
		c.Host, c.Port, c.ReadTimeout, c.EnableTLS, c.AllowOrigins, c.DB.DSN, c.DB.MaxConns, c.LogLevel)
}

func main() {
	layers := []struct{ name, doc string }{
		{"file", `{"port": 9000, "db": {"max_conns": 25}, "allow_origins": ["https://app.example.com"]}`},
		{"env", `{"enable_tls": false, "log_level": "debug", "read_timeout": "750ms"}`},
		{"flags", `{"port": 0, "db": {"dsn": "postgres://db.internal/app"}}`},
		{"broken", `{"read_timeout": "soon"}`},
	}

	base := Defaults()
	cfg := base
	fmt.Println("defaults:", cfg)
	for _, l := range layers {
		var o Override
		if err := json.Unmarshal([]byte(l.doc), &o); err != nil {
			fmt.Printf("%s: parse error: %v\n", l.name, err)
			continue
		}
		next, err := cfg.Apply(o)
		if err != nil {
			fmt.Printf("%s: skipped: %v\n", l.name, err)
			continue
		}
		cfg = next
		fmt.Printf("after %-6s %s\n", l.name+":", cfg)
	}
	fmt.Println("defaults unchanged:", base)
	fmt.Println("embedded field access:", cfg.ServerConfig.Port == cfg.Port)
}
