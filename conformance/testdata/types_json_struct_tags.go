package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Age      int               `json:"age,omitempty"`
	Admin    bool              `json:"is_admin"`
	Address  *Address          `json:"address,omitempty"`
	Tags     []string          `json:"tags"`
	Meta     map[string]string `json:"meta,omitempty"`
	Password string            `json:"-"`
	Score    float64           `json:"score,string"`
	internal string
	Untagged string
}

func main() {
	u := User{
		ID:       1,
		Name:     "Ada",
		Admin:    true,
		Address:  &Address{City: "London"},
		Tags:     []string{"math", "code"},
		Password: "secret",
		Score:    9.5,
		internal: "hidden",
		Untagged: "shown",
	}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	// Zero values: omitempty drops them, nil slice becomes null.
	b, _ = json.Marshal(User{Name: "Empty"})
	fmt.Println(string(b))

	pretty, _ := json.MarshalIndent(Address{"Paris", "FR"}, "", "  ")
	fmt.Println(string(pretty))

	// Unmarshal: matching is case-insensitive, unknown fields ignored,
	// unexported and "-" fields untouched.
	input := `{"ID": 7, "name": "Linus", "is_admin": false, "tags": ["kernel"],
		"address": {"city": "Portland", "country": "US"}, "meta": {"b": "2", "a": "1"},
		"score": "4.25", "Password": "nope", "internal": "nope", "extra": 123}`
	var v User
	if err := json.Unmarshal([]byte(input), &v); err != nil {
		fmt.Println("error:", err)
	}
	addr := v.Address
	v.Address = nil // avoid printing a pointer address
	fmt.Printf("%+v\n", v)
	fmt.Printf("%+v\n", *addr)

	// Decoding errors.
	var bad User
	err = json.Unmarshal([]byte(`{"id": "not a number"}`), &bad)
	fmt.Println("type error:", err)
	var ute *json.UnmarshalTypeError
	fmt.Println(fmt.Sprintf("%T", err) == fmt.Sprintf("%T", ute))
	err = json.Unmarshal([]byte(`{"id": 1,`), &bad)
	fmt.Println("syntax error:", err)

	// Generic decoding into any.
	var anyv any
	_ = json.Unmarshal([]byte(`{"n": 1, "list": [true, null, "x", 2.5], "obj": {}}`), &anyv)
	m := anyv.(map[string]any)
	fmt.Printf("%v | n is %T | list[1] is %v\n", m, m["n"], m["list"].([]any)[1])

	// Maps marshal with sorted keys.
	out, _ := json.Marshal(map[string]int{"z": 1, "a": 2, "m": 3})
	fmt.Println(string(out))
}
