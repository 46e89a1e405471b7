package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) {
	fmt.Println("leave", msg)
}

func nested() {
	defer un(trace("nested"))
	fmt.Println("  in nested body")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1 // n=1, then +3, then *2 => 8
}

func argsNow() {
	x := 10
	defer fmt.Println("deferred with x =", x) // evaluated now
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 20
	fmt.Println("x set to", x)
}

type Res struct{ name string }

func (r Res) Close()   { fmt.Println("close value", r.name) }
func (r *Res) PClose() { fmt.Println("close pointer", r.name) }

func receivers() {
	r := Res{"first"}
	defer r.Close()  // receiver copied now
	defer r.PClose() // pointer taken now
	r.name = "second"
}

func main() {
	fmt.Println("== LIFO order ==")
	for i := range 4 {
		defer fmt.Println("main deferred", i)
	}
	func() {
		for _, s := range []string{"a", "b", "c"} {
			defer fmt.Print(s, " ")
		}
		fmt.Print("inner: ")
	}()
	fmt.Println()

	fmt.Println("== trace/un ==")
	nested()

	fmt.Println("== named results ==")
	fmt.Println("counter() =", counter())

	fmt.Println("== argument evaluation ==")
	argsNow()

	fmt.Println("== receivers ==")
	receivers()

	fmt.Println("== end of main ==")
}
