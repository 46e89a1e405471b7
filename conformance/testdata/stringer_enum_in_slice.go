package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(Green)
	fmt.Println([]Color{Red, Blue, 7})
	fmt.Printf("%v %d %s\n", Blue, Blue, Blue)
	fmt.Printf("%v\n", [2]Color{Green, Green})
}
