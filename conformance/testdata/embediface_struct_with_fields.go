package main

import "fmt"

type Logger interface{ Log(string) }

type stdoutLogger struct{ prefix string }

func (l stdoutLogger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	name  string
	calls int
}

func (s *Service) Do() {
	s.calls++
	s.Log(fmt.Sprintf("%s call %d", s.name, s.calls))
}

func main() {
	s := &Service{Logger: stdoutLogger{"[svc] "}, name: "users"}
	s.Do()
	s.Do()
}
