package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	City string
	Zip  string
}

type Profile struct {
	Name     string
	Age      int
	Email    string
	Tags     []string
	Home     Address
	Active   bool
	password string
	Score    float64 `diff:"-"`
}

func diff(prefix string, a, b reflect.Value, out *[]string) {
	t := a.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Tag.Get("diff") == "-" {
			continue
		}
		name := prefix + f.Name
		av, bv := a.Field(i), b.Field(i)
		if f.Type.Kind() == reflect.Struct {
			diff(name+".", av, bv, out)
			continue
		}
		if !reflect.DeepEqual(av.Interface(), bv.Interface()) {
			*out = append(*out, fmt.Sprintf("%s: %v -> %v", name, av.Interface(), bv.Interface()))
		}
	}
}

func Diff[T any](a, b T) []string {
	var out []string
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Kind() == reflect.Pointer {
		va, vb = va.Elem(), vb.Elem()
	}
	diff("", va, vb, &out)
	return out
}

func main() {
	old := Profile{Name: "Ann", Age: 30, Email: "ann@example.com", Tags: []string{"admin"}, Home: Address{"Oslo", "0150"}, Active: true, password: "x", Score: 1}
	upd := old
	upd.Age = 31
	upd.Tags = []string{"admin", "ops"}
	upd.Home.Zip = "0151"
	upd.Active = false
	upd.password = "y"
	upd.Score = 99

	changes := Diff(old, upd)
	fmt.Printf("%d changes:\n  %s\n", len(changes), strings.Join(changes, "\n  "))
	fmt.Println("same:", len(Diff(&old, &old)) == 0)

	t := reflect.TypeFor[Profile]()
	var names []string
	for f := range t.Fields() {
		names = append(names, fmt.Sprintf("%s(%s,exported=%t)", f.Name, f.Type, f.IsExported()))
	}
	fmt.Println(strings.Join(names, " "))
}
