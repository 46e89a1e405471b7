package main

import (
	"fmt"
	"reflect"
)

type Temp float64

type S struct {
	A int
	B string
}

func main() {
	for _, v := range []any{Temp(1), S{}, &S{}, []S{}, map[string]S{}, make(chan int)} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Kind(), t.Name(), t.String())
	}
	v := reflect.ValueOf(&S{1, "x"}).Elem()
	v.Field(0).SetInt(5)
	fmt.Println(v.Interface(), v.Type().Field(1).Name)
}
