package main

import "fmt"

type Logger struct {
	lines []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

type Server struct {
	*Logger
	Name string
}

type Client struct {
	Logger
	ID int
}

func main() {
	lg := &Logger{}
	s := Server{lg, "web"}
	s.Logf("started %s", s.Name)
	c := &Client{ID: 1}
	c.Logf("client %d", c.ID)
	c.Logf("again")
	fmt.Println(lg.lines, len(c.lines), c.lines[1])
}
