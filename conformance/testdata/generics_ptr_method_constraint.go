package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ V int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	b.V = n
	return err
}

type StrBox struct{ V string }

func (b *StrBox) Set(s string) error { b.V = "<" + s + ">"; return nil }

func ParseAll[T any, PT Setter[T]](in []string) ([]T, error) {
	out := make([]T, len(in))
	for i, s := range in {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

func main() {
	ints, err := ParseAll[IntBox]([]string{"1", "22", "333"})
	fmt.Println(ints, err)
	strs, _ := ParseAll[StrBox]([]string{"a", "b"})
	fmt.Printf("%+v\n", strs)
	bad, err := ParseAll[IntBox]([]string{"7", "x8"})
	fmt.Println(bad, err)
}
