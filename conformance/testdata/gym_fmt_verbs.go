package main

import "fmt"

type Workout struct {
	Member   string
	Exercise string
	Sets     int
	Reps     int
	Weight   float64
	Tags     []string
}

type BadgeID uint32

func (b BadgeID) String() string { return fmt.Sprintf("BADGE-%06d", uint32(b)) }

func main() {
	w := Workout{
		Member:   "Priya",
		Exercise: "overhead press",
		Sets:     4,
		Reps:     6,
		Weight:   42.5,
		Tags:     []string{"push", "shoulders"},
	}

	fmt.Printf("%%v   %v\n", w)
	fmt.Printf("%%+v  %+v\n", w)
	fmt.Printf("%%#v  %#v\n", w)
	fmt.Printf("%%T   %T\n", w)

	fmt.Printf("%%q   %q\n", w.Exercise)
	fmt.Printf("%%x   %x\n", w.Member)
	fmt.Printf("%% x  % x\n", w.Member)
	fmt.Printf("%%X   %X\n", 3054)

	fmt.Printf("weight %%8.2f  [%8.2f]\n", w.Weight)
	fmt.Printf("weight %%-8.2f [%-8.2f]\n", w.Weight)
	fmt.Printf("weight %%08.3f [%08.3f]\n", w.Weight)
	fmt.Printf("weight %%e     [%e]\n", w.Weight*1000)
	fmt.Printf("weight %%g     [%g]\n", w.Weight)

	fmt.Printf("sets %%5d  [%5d]\n", w.Sets)
	fmt.Printf("sets %%-5d [%-5d]\n", w.Sets)
	fmt.Printf("sets %%05d [%05d]\n", w.Sets)
	fmt.Printf("reps %%b   [%b]\n", w.Reps)
	fmt.Printf("reps %%o   [%o]\n", 64)
	fmt.Printf("reps %%c   [%c]\n", 'R')
	fmt.Printf("reps %%U   [%U]\n", 'R')

	fmt.Printf("name %%10s  [%10s]\n", w.Member)
	fmt.Printf("name %%-10s [%-10s]\n", w.Member)
	fmt.Printf("name %%.3s  [%.3s]\n", w.Member)

	fmt.Printf("tags %%v  %v\n", w.Tags)
	fmt.Printf("tags %%q  %q\n", w.Tags)

	done := w.Sets >= 4
	fmt.Printf("done %%t  %t\n", done)

	var b BadgeID = 4217
	fmt.Printf("badge %%v  %v\n", b)
	fmt.Printf("badge %%d  %d\n", b)
	fmt.Printf("badge %%s  %s\n", b)

	fmt.Printf("pct %%.1f%%%%  %.1f%%\n", 87.456)
	fmt.Printf("star width %%*d [%*d]\n", 6, w.Reps)

	s := fmt.Sprintf("%s did %dx%d @ %.1fkg", w.Member, w.Sets, w.Reps, w.Weight)
	fmt.Println(s, len(s))

	var nothing *Workout
	fmt.Printf("nil pointer %%v: %v\n", nothing)
	fmt.Printf("member and sets: %s %d\n", w.Member, w.Sets)
}
