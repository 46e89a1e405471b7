package main

import "fmt"

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)
	tests := []struct {
		in   string
		want int
	}{{"a", 1}, {"bb", 2}}
	for _, tc := range tests {
		fmt.Println(tc.in, len(tc.in) == tc.want)
	}
	p := &struct{ X, Y int }{1, 2}
	p.X = 5
	fmt.Println(*p)
}
