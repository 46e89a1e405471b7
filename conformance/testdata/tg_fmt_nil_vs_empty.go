package main

import (
	"encoding/json"
	"fmt"
)

// An API response builder: shows how fmt and encoding/json render nil versus
// empty slices and maps, nil pointers and pointers to structs.

type Meta struct {
	Page  int
	Total int
}

type Response struct {
	Items  []string
	Labels map[string]string
	Meta   *Meta
	Err    error
}

func build(kind string) *Response {
	switch kind {
	case "nil":
		return &Response{}
	case "empty":
		return &Response{Items: []string{}, Labels: map[string]string{}}
	case "full":
		return &Response{
			Items:  []string{"a", "b"},
			Labels: map[string]string{"z": "last", "a": "first"}, // fmt sorts map keys
		}
	}
	return nil
}

func main() {
	var nilSlice []int
	emptySlice := []int{}
	var nilMap map[string]int
	emptyMap := map[string]int{}

	fmt.Printf("%%v:  %v %v %v %v\n", nilSlice, emptySlice, nilMap, emptyMap)
	fmt.Printf("%%#v: %#v %#v %#v %#v\n", nilSlice, emptySlice, nilMap, emptyMap)
	fmt.Println("nil checks:", nilSlice == nil, emptySlice == nil, nilMap == nil, emptyMap == nil)
	fmt.Println("lens:", len(nilSlice), len(emptySlice), len(nilMap), len(emptyMap))

	for _, kind := range []string{"nil", "empty", "full"} {
		r := build(kind)
		js, _ := json.Marshal(r)
		fmt.Printf("[%s]\n  v:  %v\n  +v: %+v\n  #v: %#v\n  json: %s\n", kind, *r, *r, r.Items, js)
	}

	// Top-level pointer to struct prints with &; nil pointers print <nil>.
	m := &Meta{Page: 2, Total: 40}
	var nilMeta *Meta
	fmt.Printf("ptr: %v %+v\n", m, m)
	fmt.Printf("nil ptr: %v %+v %#v\n", nilMeta, nilMeta, nilMeta)

	// Pointer to pointer: dereference explicitly to print stable content.
	pp := &m
	fmt.Printf("via **Meta: %+v page=%d\n", **pp, (*pp).Page)

	// Nested nil pointer inside a struct.
	r := Response{Items: nil, Meta: nil}
	fmt.Printf("nested nil: %+v\n", r)
	fmt.Printf("nested #v: %#v\n", r.Meta)

	// Slices of pointers print addresses unless nil; print dereferenced values instead.
	metas := []*Meta{{1, 10}, nil, {3, 30}}
	for i, mp := range metas {
		if mp == nil {
			fmt.Printf("  metas[%d] = %v\n", i, mp)
			continue
		}
		fmt.Printf("  metas[%d] = %+v\n", i, *mp)
	}

	// Nil interface vs interface holding a nil slice.
	var anyNil any
	var anySlice any = nilSlice
	fmt.Printf("any: %v %#v | %v %#v | equal nil: %v %v\n", anyNil, anyNil, anySlice, anySlice, anyNil == nil, anySlice == nil)

	// Byte slices and strings have special verbs.
	var nilBytes []byte
	fmt.Printf("bytes: %q %x %#v %#v\n", nilBytes, []byte("hi"), nilBytes, []byte("hi"))

	// JSON decoding into nil vs pre-made collections.
	var target struct {
		Tags []string
		Opts map[string]int
	}
	_ = json.Unmarshal([]byte(`{"Tags":null,"Opts":{}}`), &target)
	fmt.Printf("decoded: tags nil=%v opts nil=%v %#v\n", target.Tags == nil, target.Opts == nil, target)
}
