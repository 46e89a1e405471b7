package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string   `json:"name"`
	Age     int      `json:"age,omitempty"`
	Emails  []string `json:"emails"`
	Address *Address `json:"address,omitempty"`
	Skip    string   `json:"-"`
	Count   int      `json:"count,string"`
}

func main() {
	p := Person{Name: "Ann", Emails: nil, Skip: "x", Count: 3}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	p.Address = &Address{City: "Oslo"}
	p.Age = 40
	b, _ = json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))
}
