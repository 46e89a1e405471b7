package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l]
}

// Logger writes leveled lines to a buffer with a fixed prefix.
type Logger struct {
	out    *bytes.Buffer
	prefix string
	min    Level
	counts [4]int
}

func (l *Logger) Logf(lvl Level, format string, args ...any) {
	l.counts[lvl]++
	if lvl < l.min {
		return
	}
	fmt.Fprintf(l.out, "%-5v %s", lvl, l.prefix)
	fmt.Fprintf(l.out, format, args...)
	l.out.WriteByte('\n')
}

func (l *Logger) Infof(format string, args ...any)  { l.Logf(Info, format, args...) }
func (l *Logger) Errorf(format string, args ...any) { l.Logf(Error, format, args...) }

type Metrics struct {
	Requests int
	Failures int
}

func (m *Metrics) Record(ok bool) {
	m.Requests++
	if !ok {
		m.Failures++
	}
}

func (m Metrics) SuccessRate() float64 {
	if m.Requests == 0 {
		return 1
	}
	return float64(m.Requests-m.Failures) / float64(m.Requests)
}

// Service embeds both a logger and metrics, gaining their methods.
type Service struct {
	*Logger
	Metrics
	Name string
}

func (s *Service) Handle(path string) {
	ok := !strings.Contains(path, "fail")
	s.Record(ok)
	s.Logf(Debug, "handling %s", path)
	if ok {
		s.Infof("%s -> 200", path)
	} else {
		s.Errorf("%s -> 500 (%d failures so far)", path, s.Failures)
	}
}

type Config struct {
	Name    string
	Port    int
	Tags    []string
	Limits  map[string]int
	Enabled *bool
}

func main() {
	var buf bytes.Buffer
	svc := &Service{
		Logger: &Logger{out: &buf, prefix: "[api] ", min: Info},
		Name:   "api",
	}
	for _, p := range []string{"/health", "/orders", "/orders/fail", "/users", "/fail/again"} {
		svc.Handle(p)
	}
	fmt.Print(buf.String())
	fmt.Printf("metrics: %+v rate=%.3f\n", svc.Metrics, svc.SuccessRate())
	fmt.Printf("counts by level: %v\n", svc.counts)
	for lvl := Debug; lvl <= Error; lvl++ {
		fmt.Printf("  %-5s %d\n", lvl, svc.counts[lvl])
	}

	on := true
	cfg := Config{Name: "api", Port: 8443, Tags: []string{"prod", "eu"}, Limits: map[string]int{"rps": 100, "burst": 20}}
	fmt.Printf("%v\n", cfg)
	fmt.Printf("%+v\n", cfg)
	fmt.Printf("%#v\n", cfg)
	cfg.Enabled = &on
	fmt.Printf("enabled=%v type=%T level=%#v %d %q\n", *cfg.Enabled, svc.Metrics, Warn, Warn, Warn)
	fmt.Printf("%T %T %T\n", svc.Logger, svc.Record, svc.SuccessRate)
	fmt.Printf("%x %X %o %b %e %08.3f|%-8d|%+d\n", 3054, "hi", 64, 10, 123456.789, 3.14159, 42, 7)
}
