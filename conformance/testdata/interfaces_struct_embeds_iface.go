package main

import "fmt"

type Logger interface {
	Log(string)
}

type stdoutLogger struct{ prefix string }

func (l stdoutLogger) Log(m string) { fmt.Println(l.prefix + m) }

type Service struct {
	Logger
	name string
}

func (s Service) Run() {
	s.Log("running " + s.name)
}

type loud struct{ Logger }

func (l loud) Log(m string) { l.Logger.Log(m + "!!!") }

func main() {
	s := Service{Logger: stdoutLogger{"[svc] "}, name: "api"}
	s.Run()
	s.Logger = loud{stdoutLogger{"[loud] "}}
	s.Run()
	var empty Service
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	empty.Run()
}
