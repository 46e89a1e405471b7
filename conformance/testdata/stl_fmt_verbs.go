package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

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

type Shape struct {
	Name   string
	Origin Point
	Tags   []string
	Attrs  map[string]int
	Fill   Color
}

// Temp implements fmt.Formatter to control its own output.
type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	switch verb {
	case 'v', 'f':
		fmt.Fprintf(f, "%.*f°C", prec, float64(t))
	case 'F':
		fmt.Fprintf(f, "%.*f°F", prec, float64(t)*9/5+32)
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type secret string

func (secret) GoString() string { return `secret("***")` }

func main() {
	s := Shape{"square", Point{1, 2}, []string{"a", "b"}, map[string]int{"z": 26, "a": 1, "m": 13}, Blue}
	fmt.Printf("%%v:  %v\n", s)
	fmt.Printf("%%+v: %+v\n", s)
	fmt.Printf("%%#v: %#v\n", s)
	fmt.Printf("%%T:  %T\n", s)
	fmt.Printf("ptr %%v: %v\n", &s)
	fmt.Printf("ptr %%+v: %+v\n", &Point{3, 4})
	nested := map[string][]Point{"b": {{1, 1}}, "a": {{0, 0}, {2, 3}}}
	fmt.Printf("map of slices: %v\n", nested)
	fmt.Printf("%%#v map: %#v\n", nested)
	fmt.Printf("array: %v, slice of structs: %+v\n", [2][2]int{{1, 2}, {3, 4}}, []Point{{1, 2}, {3, 4}})
	fmt.Printf("types: %T %T %T %T %T %T\n", 42, 3.0, "s", []byte(nil), nested, Blue)
	fmt.Printf("nil: %v, nil slice: %v, nil map: %v, empty struct: %v\n", nil, []int(nil), map[string]int(nil), struct{}{})
	fmt.Printf("GoStringer: %#v, plain: %v\n", secret("hunter2"), secret("hunter2"))

	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%#x|\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255)
	fmt.Printf("|%f|%.2f|%8.3f|%-8.1f|%e|%E|%g|%G|\n", 3.14159, 3.14159, 3.14159, 3.14159, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("|%08.3f|%-+8.2f|% d|% d|%6.2f%%|\n", -3.14159, 2.5, 5, -5, 12.3456)
	fmt.Printf("|%s|%10s|%-10s|%.3s|%q|%x|% x|\n", "gopher", "gopher", "gopher", "gopher", "go\"pher", "go", "go")
	fmt.Printf("|%c|%q|%U|%#U|%d|\n", 'G', 'G', '⌘', '⌘', 'G')
	fmt.Printf("|%t|%v|%5t|\n", true, false, true)
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 7, 6, 7, 2, 2.71828)
	fmt.Printf("|%[2]s %[1]s|\n", "world", "hello")
	fmt.Printf("|%[1]d %[1]x %#[1]o %#[1]b|\n", 64)
	fmt.Printf("bytes: %v %s %x %q\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("complex: %v %.1f\n", complex(1, -2), complex(3.25, 0.5))

	fmt.Printf("colors: %v %s %d %v %q\n", Green, Blue, Blue, Color(7), Red)
	fmt.Printf("temp: %v %.2f %F %.0F\n", Temp(21.5), Temp(21.5), Temp(100), Temp(37))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, 4))
	fmt.Print(fmt.Sprintln("sprintln", 1, 2))

	err := fmt.Errorf("loading %q: %w", "config.yaml", os.ErrNotExist)
	fmt.Println("errorf:", err, "| is ErrNotExist:", errors.Is(err, os.ErrNotExist))
	fmt.Printf("error %%v: %v | %%q: %q\n", err, err)

	n, _ := fmt.Fprintf(os.Stdout, "%-8s|%8s|\n", "left", "right")
	fmt.Println("bytes written:", n)

	var a, b int
	var word string
	cnt, err := fmt.Sscanf("10 20 apples", "%d %d %s", &a, &b, &word)
	fmt.Println("sscanf:", cnt, err, a+b, word)
	var f float64
	var flag bool
	cnt, err = fmt.Sscan("3.5 true", &f, &flag)
	fmt.Println("sscan:", cnt, err, f*2, !flag)
	_, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println("sscanf error:", err)
}
