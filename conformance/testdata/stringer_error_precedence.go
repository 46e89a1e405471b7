package main

import "fmt"

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Wrapper struct {
	B Both
}

func main() {
	var b Both
	fmt.Println(b)
	fmt.Printf("%v %s\n", b, b)
	var err error = b
	fmt.Println(err)
	var s fmt.Stringer = b
	fmt.Println(s)
	fmt.Println(Wrapper{b})
}
