package main

import (
	"fmt"
	"os"
)

type Tag struct {
	Code   uint16
	Animal string
	Chip   []byte
}

type Temperature float64

func (t Temperature) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Vaccine struct {
	Name  string
	Doses int
}

func (v Vaccine) GoString() string { return "Vaccine(" + v.Name + ")" }

func main() {
	t := Tag{Code: 0x2A7F, Animal: "okapi", Chip: []byte{0xde, 0xad, 0xbe, 0xef}}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%T\n", t)

	fmt.Printf("code dec=%d hex=%x HEX=%X oct=%o bin=%b\n", t.Code, t.Code, t.Code, t.Code, t.Code)
	fmt.Printf("chip %x | % x | %X\n", t.Chip, t.Chip, t.Chip)
	fmt.Printf("name %s | %q | %10s| %-10s|\n", t.Animal, t.Animal, t.Animal, t.Animal)
	fmt.Printf("char %c, unicode %U\n", 'Z', 'Z')

	weight := 1234.5678
	fmt.Printf("weight [%f] [%.2f] [%8.2f] [%-10.1f] [%e] [%g]\n", weight, weight, weight, weight, weight, weight)
	fmt.Printf("padded id [%05d] [%+d] [%x]\n", 42, 42, -42)

	var temp Temperature = 38.25
	fmt.Printf("temp %v, %s, raw %.3f\n", temp, temp, float64(temp))

	v := Vaccine{"rabies", 2}
	fmt.Printf("%v | %+v | %#v\n", v, v, v)

	p := &v
	fmt.Printf("pointer deref %+v, is pointer type %T\n", *p, p)
	fmt.Printf("bool %t, percent 100%%\n", true)

	m := map[string]int{"zebra": 3, "ant": 900, "moose": 1}
	fmt.Printf("map sorted by fmt: %v\n", m)
	fmt.Printf("slice %v %d %q\n", []string{"a", "b"}, []int{1, 2}, []string{"x y", "z"})
	fmt.Printf("nil values: %v %v\n", nil, []int(nil))
	fmt.Printf("pointer to struct: %+v\n", &Vaccine{"tetanus", 1})

	s := fmt.Sprintf("%[2]s before %[1]s", "lunch", "nap")
	fmt.Println(s)
	fmt.Printf("width from arg: [%*d]\n", 6, 77)
	n, _ := fmt.Fprintf(os.Stdout, "%s\n", "written to stdout")
	fmt.Println("bytes written:", n)
	fmt.Print("Print ", "joins ", 3, 4, " operands\n")
	fmt.Println("Println", "adds", "spaces", 3, 4)
}
