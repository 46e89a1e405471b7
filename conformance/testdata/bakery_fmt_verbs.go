package main

import "fmt"

type Oven struct {
	ID      int
	Model   string
	TempC   float64
	Racks   []string
	Running bool
}

type Batch struct {
	Code  uint32
	Item  string
	Count int
	Oven  *Oven
}

func main() {
	o := Oven{ID: 2, Model: "Deck-4", TempC: 232.5, Racks: []string{"baguette", "ficelle"}, Running: true}
	b := Batch{Code: 0xBEEF, Item: "baguette", Count: 48}

	fmt.Println("-- general --")
	fmt.Printf("%%v   %v\n", o)
	fmt.Printf("%%+v  %+v\n", o)
	fmt.Printf("%%#v  %#v\n", o)
	fmt.Printf("%%T   %T\n", o)
	fmt.Printf("%%T   %T\n", &b)
	fmt.Printf("nil pointer field: %v\n", b.Oven)

	fmt.Println("-- strings --")
	fmt.Printf("%%s   %s\n", b.Item)
	fmt.Printf("%%q   %q\n", "pain d'épi")
	fmt.Printf("%%+q  %+q\n", "pain d'épi")
	fmt.Printf("%%x   %x\n", "rye")
	fmt.Printf("%% x  % x\n", "rye")
	fmt.Printf("[%10s] [%-10s]\n", "right", "left")
	fmt.Printf("[%.4s]\n", "croissant")

	fmt.Println("-- integers --")
	fmt.Printf("%%d %d  %%x %x  %%X %X  %%#x %#x\n", b.Code, b.Code, b.Code, b.Code)
	fmt.Printf("%%o %o  %%b %b\n", b.Count, b.Count)
	fmt.Printf("%%05d %05d  %%+d %+d\n", b.Count, b.Count)
	fmt.Printf("%%c %c  %%U %U\n", 'ß', 'ß')

	fmt.Println("-- floats --")
	fmt.Printf("%%f     %f\n", o.TempC)
	fmt.Printf("%%8.2f  [%8.2f]\n", o.TempC)
	fmt.Printf("%%-8.1f [%-8.1f]\n", o.TempC)
	fmt.Printf("%%e     %e\n", o.TempC)
	fmt.Printf("%%g     %g\n", o.TempC*1e6)
	fmt.Printf("%%*.*f  [%*.*f]\n", 9, 3, o.TempC)

	fmt.Println("-- others --")
	fmt.Printf("%%t %t\n", o.Running)
	fmt.Printf("%%v slice %v, %%q slice %q\n", o.Racks, o.Racks)
	fmt.Printf("%%v map %v\n", map[string]int{"rye": 3, "oat": 1, "spelt": 2})
	fmt.Printf("%[2]s before %[1]s\n", "baking", "proofing")
	s := fmt.Sprintf("%6.1f°C", o.TempC)
	fmt.Printf("len(%q) = %d bytes\n", s, len(s))
}
