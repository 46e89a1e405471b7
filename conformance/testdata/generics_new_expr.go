package main

import "fmt"

type Config struct {
	Retries *int
	Name    *string
}

func main() {
	c := Config{Retries: new(3), Name: new("svc")}
	fmt.Println(*c.Retries, *c.Name)
	p := new(2.5 * 2)
	fmt.Printf("%T %v\n", p, *p)
}
