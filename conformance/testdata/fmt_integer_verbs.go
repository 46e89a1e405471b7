package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d\n", n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b\n", n, n, n, n, n, n, n)
	fmt.Printf("%c|%U|%q\n", 65, 0x1F600, 'é')
	fmt.Printf("%+d|% d|%d\n", 5, 5, -5)
	fmt.Printf("%v %d\n", int8(-128), uint64(1<<63))
}
