package main

import (
	"fmt"
	"strings"
)

// def greet(name, greeting="Hello", punct="!"):
func greet(name string, opts ...string) string {
	greeting, punct := "Hello", "!"
	if len(opts) > 0 {
		greeting = opts[0]
	}
	if len(opts) > 1 {
		punct = opts[1]
	}
	return greeting + ", " + name + punct
}

// keyword arguments via functional options
type Server struct {
	Host    string
	Port    int
	Debug   bool
	Tags    []string
	Timeout float64
}

type Option func(*Server)

func WithPort(p int) Option        { return func(s *Server) { s.Port = p } }
func WithDebug() Option            { return func(s *Server) { s.Debug = true } }
func WithTag(t string) Option      { return func(s *Server) { s.Tags = append(s.Tags, t) } }
func WithTimeout(t float64) Option { return func(s *Server) { s.Timeout = t } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{Host: host, Port: 8080, Timeout: 30}
	for _, o := range opts {
		o(s)
	}
	return s
}

// kwargs struct with zero-value defaults
type PlotOpts struct {
	Title string
	Width int
}

func plot(data []int, o PlotOpts) string {
	if o.Title == "" {
		o.Title = "untitled"
	}
	if o.Width == 0 {
		o.Width = 10
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", o.Title)
	for _, d := range data {
		fmt.Fprintf(&b, " %s", strings.Repeat("#", min(d, o.Width)))
	}
	return b.String()
}

// the mutable default argument bug, reproduced with a package-level slice
var defaultList []string

func appendTo(item string, lst ...[]string) []string {
	if len(lst) == 0 {
		defaultList = append(defaultList, item)
		return defaultList
	}
	return append(lst[0], item)
}

// *args
func sumAll(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	fmt.Println(greet("Ann"))
	fmt.Println(greet("Bob", "Hi"))
	fmt.Println(greet("Cy", "Yo", "?"))

	fmt.Printf("%+v\n", *NewServer("localhost"))
	fmt.Printf("%+v\n", *NewServer("example.org", WithPort(443), WithDebug(), WithTag("a"), WithTag("b")))
	fmt.Printf("%+v\n", *NewServer("x", WithTimeout(2.5)))

	fmt.Println(plot([]int{1, 3, 12}, PlotOpts{}))
	fmt.Println(plot([]int{2, 4}, PlotOpts{Title: "bars", Width: 3}))

	fmt.Println(appendTo("a"))
	fmt.Println(appendTo("b"))
	fmt.Println(appendTo("c", []string{"fresh"}))

	fmt.Println(sumAll(), sumAll(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sumAll(nums...)) // f(*nums)
}
