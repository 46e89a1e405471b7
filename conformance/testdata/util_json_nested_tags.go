package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Contact struct {
	Email string `json:"email"`
	Phone string `json:"phone,omitempty"`
}

type Customer struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Contact  Contact           `json:"contact"`
	Shipping *Address          `json:"shipping,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	internal string
	Password string `json:"-"`
}

func main() {
	customers := []Customer{
		{
			ID:       1,
			Name:     "Ada",
			Contact:  Contact{Email: "ada@example.com", Phone: "555-0100"},
			Shipping: &Address{Street: "12 Engine Rd", City: "London", Zip: "N1"},
			Tags:     []string{"vip", "early"},
			Meta:     map[string]string{"source": "web", "campaign": "spring"},
			internal: "hidden",
			Password: "secret",
		},
		{
			ID:      2,
			Name:    "Grace",
			Contact: Contact{Email: "grace@example.com"},
		},
	}

	for _, c := range customers {
		b, err := json.Marshal(c)
		if err != nil {
			fmt.Println("marshal error:", err)
			os.Exit(1)
		}
		fmt.Println(string(b))
	}

	pretty, _ := json.MarshalIndent(customers[1], "", "  ")
	fmt.Println(string(pretty))

	input := `{"id":3,"name":"Linus","contact":{"email":"l@example.org"},
		"shipping":{"street":"1 Kernel Way","city":"Helsinki"},
		"tags":["oss"],"meta":{"z":"last","a":"first"},"unknown":42}`
	var c Customer
	if err := json.Unmarshal([]byte(input), &c); err != nil {
		fmt.Println("unmarshal error:", err)
		os.Exit(1)
	}
	fmt.Printf("%d %s %s\n", c.ID, c.Name, c.Contact.Email)
	fmt.Printf("shipping: %+v\n", *c.Shipping)
	fmt.Printf("tags=%v meta=%v\n", c.Tags, c.Meta)

	dec := json.NewDecoder(strings.NewReader(input))
	dec.DisallowUnknownFields()
	var strict Customer
	err := dec.Decode(&strict)
	fmt.Println("strict decode error:", err)

	var bad Customer
	err = json.Unmarshal([]byte(`{"id":"seven"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error: field=%s value=%s\n", typeErr.Field, typeErr.Value)
	}
}
