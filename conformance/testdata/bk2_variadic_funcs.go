package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func inspect(label string, vals ...any) {
	fmt.Printf("%s: len=%d nil=%t %v\n", label, len(vals), vals == nil, vals)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func minMax(first int, rest ...int) (lo, hi int) {
	lo, hi = first, first
	for _, n := range rest {
		lo = min(lo, n)
		hi = max(hi, n)
	}
	return
}

type Option func(*Server)

type Server struct {
	Host    string
	Port    int
	Verbose bool
	Tags    []string
}

func WithPort(p int) Option       { return func(s *Server) { s.Port = p } }
func WithVerbose() Option         { return func(s *Server) { s.Verbose = true } }
func WithTags(t ...string) Option { return func(s *Server) { s.Tags = append(s.Tags, t...) } }
func NewServer(host string, opts ...Option) *Server {
	s := &Server{Host: host, Port: 80}
	for _, o := range opts {
		o(s)
	}
	return s
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println("spread:", sum(nums...))

	fmt.Println(join("-", "a", "b", "c"))
	fmt.Printf("%q\n", join(", "))

	inspect("none")
	inspect("some", 1, "two", 3.0)
	inspect("nil arg", nil)
	vals := []any{"x", "y"}
	inspect("spread any", vals...)
	inspect("slice as one", vals)

	data := []int{9, 8, 7}
	zeroFirst(data...)
	fmt.Println("shared backing array:", data)
	zeroFirst(data[1], data[2])
	fmt.Println("separate args:", data)

	lo, hi := minMax(5, 3, 9, -2, 7)
	fmt.Println("minmax:", lo, hi)
	lo, hi = minMax(42)
	fmt.Println("minmax single:", lo, hi)

	fmt.Printf("%T | %T\n", sum, join)

	b := append([]byte("go"), "pher"...)
	fmt.Println(string(b))
	combined := append([]int{1}, append(nums, 10)...)
	fmt.Println(combined)

	s1 := NewServer("localhost")
	s2 := NewServer("example.org", WithPort(8080), WithVerbose(), WithTags("a", "b"), WithTags("c"))
	fmt.Printf("%+v\n%+v\n", *s1, *s2)

	opts := []Option{WithPort(443)}
	s3 := NewServer("secure", opts...)
	fmt.Println(s3.Host, s3.Port, s3.Verbose, len(s3.Tags))

	fn := func(prefix string, xs ...int) string {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = fmt.Sprint(x)
		}
		return prefix + "[" + strings.Join(parts, " ") + "]"
	}
	fmt.Println(fn("nums"), fn("nums", 1), fn("nums", nums...))
}
