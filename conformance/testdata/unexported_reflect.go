package main

import (
	"fmt"
	"reflect"
)

type Item struct {
	ID    int
	name  string
	Price float64 `unit:"eur"`
}

func main() {
	t := reflect.TypeOf(Item{})
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.IsExported(), f.Tag.Get("unit"))
	}
}
