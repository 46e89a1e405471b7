package main

import (
	"fmt"
	"os"
	"strings"
)

type Tractor struct {
	Model string
	Hours float64
	HP    int
}

type Herd struct {
	Breed string
	Count int
	Tags  []uint16
}

func (h Herd) String() string {
	return fmt.Sprintf("%d x %s", h.Count, h.Breed)
}

// GoString controls the %#v output.
func (h Herd) GoString() string {
	return fmt.Sprintf("Herd(%q, %d)", h.Breed, h.Count)
}

func main() {
	t := Tractor{Model: "MF 135", Hours: 4821.375, HP: 45}
	h := Herd{Breed: "Jersey", Count: 24, Tags: []uint16{0x1a2b, 0x00ff, 4096}}

	fmt.Println("== structs ==")
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%T\n", t)
	fmt.Printf("%v | %s | %#v\n", h, h, h)

	fmt.Println("== numbers ==")
	fmt.Printf("hours:   [%8.2f] [%-10.1f] [%e]\n", t.Hours, t.Hours, t.Hours)
	fmt.Printf("hp:      [%5d] [%-5d] [%05d] [%+d]\n", t.HP, t.HP, t.HP, t.HP)
	fmt.Printf("tags:    %x %X %#x %o %b\n", h.Tags[0], h.Tags[0], h.Tags[1], h.Tags[2], h.Tags[1])
	fmt.Printf("all tags: %v  %04x\n", h.Tags, h.Tags)
	fmt.Printf("percent: %.1f%%\n", 37.25)
	fmt.Printf("general: %g %g %G\n", 0.000012, 1500000.0, 2.5e-9)

	fmt.Println("== strings ==")
	breed := "Aberdeen Angus"
	fmt.Printf("[%s] [%q] [%x] [% x]\n", "hay", breed, "cow", "cow")
	fmt.Printf("[%12s] [%-12s] [%.4s]\n", "barley", "oats", breed)
	fmt.Printf("rune %c is %U, quoted %q\n", 'ñ', 'ñ', 'ñ')
	fmt.Printf("bool %t, pointer is nil: %t\n", true, (*Tractor)(nil) == nil)

	fmt.Println("== width from args ==")
	for _, w := range []int{6, 10} {
		fmt.Printf("[%*d] [%-*s]\n", w, 42, w, "goat")
	}

	fmt.Println("== table ==")
	var b strings.Builder
	rows := []struct {
		Field string
		Ha    float64
		Crop  string
	}{{"Top", 12.5, "wheat"}, {"Bottom", 8.25, "beans"}, {"Long", 21, "maize"}}
	fmt.Fprintf(&b, "%-8s|%8s|%s\n", "field", "ha", "crop")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-8s|%8.2f|%s\n", r.Field, r.Ha, r.Crop)
	}
	fmt.Fprint(os.Stdout, b.String())
	s := fmt.Sprint("bales:", 40, 12, "end")
	fmt.Println(s, len(s))
	line := fmt.Sprintln("pen", 3, "ok")
	fmt.Printf("Sprintln gives %q\n", line)
}
