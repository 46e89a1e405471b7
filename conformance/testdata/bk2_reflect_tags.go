package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	City string `json:"city" validate:"required"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	ID       int            `json:"id" db:"user_id"`
	Name     string         `json:"name" validate:"required"`
	Email    string         `json:"email,omitempty" validate:"required"`
	Tags     []string       `json:"tags"`
	Meta     map[string]int `json:"-"`
	Home     *Address       `json:"home"`
	password string
	Address
}

func (u User) Greeting() string  { return "hi " + u.Name }
func (u *User) SetName(n string) { u.Name = n }

func validate(v any) []string {
	var problems []string
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	rt := rv.Type()
	for i := range rt.NumField() {
		f := rt.Field(i)
		if f.Tag.Get("validate") == "required" && rv.Field(i).IsZero() {
			problems = append(problems, rt.Name()+"."+f.Name+" is required")
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			problems = append(problems, validate(rv.Field(i).Interface())...)
		}
	}
	return problems
}

func main() {
	u := User{ID: 7, Name: "ann", Tags: []string{"x"}, password: "s3cret"}
	t := reflect.TypeOf(u)
	fmt.Println("type:", t.Name(), "kind:", t.Kind(), "fields:", t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		jsonTag, hasJSON := f.Tag.Lookup("json")
		fmt.Printf("%-8s %-16s %-7s exported=%-5t anon=%-5t json=%q(%t) db=%q\n",
			f.Name, f.Type, f.Type.Kind(), f.IsExported(), f.Anonymous, jsonTag, hasJSON, f.Tag.Get("db"))
	}

	fmt.Println("value methods:", t.NumMethod(), "pointer methods:", reflect.TypeOf(&u).NumMethod())
	for i := range reflect.TypeOf(&u).NumMethod() {
		fmt.Println("  method:", reflect.TypeOf(&u).Method(i).Name)
	}

	v := reflect.ValueOf(&u).Elem()
	v.FieldByName("Name").SetString("Annabel")
	v.FieldByName("ID").SetInt(42)
	fmt.Println("settable name:", v.FieldByName("Name").CanSet(), "settable password:", v.FieldByName("password").CanSet())
	fmt.Println("after set:", u.Name, u.ID)

	res := v.MethodByName("Greeting").Call(nil)
	fmt.Println("called:", res[0].String())

	samples := []any{3, "s", 2.5, []int{1}, map[string]bool{}, &u, u.Greeting, make(chan int), [2]byte{}, struct{}{}, nil}
	var kinds []string
	for _, s := range samples {
		if s == nil {
			kinds = append(kinds, "nil")
			continue
		}
		kinds = append(kinds, reflect.TypeOf(s).Kind().String())
	}
	fmt.Println(strings.Join(kinds, " "))

	pt := reflect.TypeOf(&u)
	st := reflect.TypeOf([]string{})
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(pt.Elem().Name(), st.Elem().Kind(), mt.Key(), mt.Elem())

	f, _ := t.FieldByName("City")
	fmt.Println("promoted City index:", f.Index, "tag:", f.Tag)

	fmt.Println("problems:", validate(User{}))
	fmt.Println("problems:", validate(&User{Name: "b", Email: "e", Address: Address{City: "Oslo"}}))

	a := User{Tags: []string{"a"}, Meta: map[string]int{"k": 1}}
	b := User{Tags: []string{"a"}, Meta: map[string]int{"k": 1}}
	fmt.Println("DeepEqual:", reflect.DeepEqual(a, b))
	b.Meta["k"] = 2
	fmt.Println("DeepEqual after change:", reflect.DeepEqual(a, b))
}
