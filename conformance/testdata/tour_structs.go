// Chapter: structs.
package main

import (
	"fmt"
	"reflect"
)

type Address struct {
	City, Country string
}

type Person struct {
	Name string `json:"name" db:"person_name"`
	Age  int    `json:"age,omitempty"`
	Address
	secret string
}

func (a Address) Label() string { return a.City + ", " + a.Country }

type Employee struct {
	Person
	Title string
}

func (e Employee) Label() string { return e.Name + " (" + e.Title + ")" }

func main() {
	// Literal forms.
	p1 := Person{"Ann", 30, Address{"Oslo", "NO"}, "x"}
	p2 := Person{Name: "Ben", Address: Address{City: "Rome"}}
	fmt.Printf("%+v\n%+v\n", p1, p2)

	// Promoted fields and methods via embedding.
	fmt.Println(p1.City, p1.Address.City, p1.Label())
	e := Employee{Person: p1, Title: "CTO"}
	fmt.Println(e.Name, e.City, e.Label(), e.Person.Label(), e.Address.Label())

	// Struct comparison is field-by-field.
	p3 := p1
	fmt.Println("p1==p3:", p1 == p3)
	p3.City = "Bergen"
	fmt.Println("after change:", p1 == p3, p1.City, p3.City)

	// Anonymous structs.
	point := struct{ X, Y int }{3, 4}
	fmt.Printf("%v %+v %T\n", point, point, point)
	other := struct{ X, Y int }{3, 4}
	fmt.Println("identical anonymous types compare:", point == other)

	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"abc", 3},
		{"", 0},
	}
	for _, tc := range tests {
		fmt.Printf("len(%q)=%d ok=%t\n", tc.in, len(tc.in), len(tc.in) == tc.want)
	}

	// Empty struct takes no space and is useful as a set value.
	set := map[string]struct{}{"x": {}, "y": {}}
	_, has := set["x"]
	fmt.Println(len(set), has, struct{}{} == struct{}{})

	// Struct tags via reflection.
	t := reflect.TypeFor[Person]()
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%-7s json=%-16q db=%-14q embedded=%t exported=%t\n",
			f.Name, f.Tag.Get("json"), f.Tag.Get("db"), f.Anonymous, f.IsExported())
	}
	tag := reflect.StructTag(`xml:"item" yaml:"-"`)
	v, ok := tag.Lookup("yaml")
	fmt.Printf("%q %q %t\n", tag.Get("xml"), v, ok)

	// Converting between struct types with identical fields.
	type Celsius struct{ Deg float64 }
	type Fahrenheit struct{ Deg float64 }
	c := Celsius{100}
	f := Fahrenheit(c)
	fmt.Println(f.Deg, reflect.TypeOf(f).Name())

	// Pointers to structs use the same dot syntax.
	pp := &p2
	pp.Age = 44
	fmt.Println(p2.Age, (*pp).Name)
}
