package main

import (
	"encoding/json"
	"fmt"
	"math"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

type Person struct {
	Name     string         `json:"name"`
	Age      int            `json:"age"`
	Email    string         `json:"email,omitempty"`
	Tags     []string       `json:"tags"`
	Address  *Address       `json:"address,omitempty"`
	Extra    map[string]any `json:"extra,omitempty"`
	Scores   map[string]int `json:"scores,omitzero"`
	password string         // unexported: never marshaled
	Ignored  string         `json:"-"`
	Count    int64          `json:"count,string"`
}

type Status int

func (s Status) MarshalJSON() ([]byte, error) {
	names := []string{"inactive", "active", "banned"}
	return json.Marshal(names[s])
}

type Account struct {
	ID      int       `json:"id"`
	Status  Status    `json:"status"`
	Created time.Time `json:"created"`
	Raw     json.RawMessage
}

func main() {
	p := Person{
		Name:     "Ada",
		Age:      36,
		Tags:     []string{"math", "engines"},
		Address:  &Address{"12 St James's Sq", "London"},
		Extra:    map[string]any{"z": 1, "a": []int{1, 2}, "m": nil},
		password: "secret",
		Ignored:  "skip",
		Count:    42,
	}
	data, err := json.Marshal(p)
	fmt.Println(string(data), err)

	pretty, _ := json.MarshalIndent(p, "", "  ")
	fmt.Println(string(pretty))

	empty, _ := json.Marshal(Person{})
	fmt.Println(string(empty))
	acct := Account{
		ID:      7,
		Status:  1,
		Created: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC),
		Raw:     json.RawMessage(`{"pre":"formatted"}`),
	}
	out, _ := json.Marshal(acct)
	fmt.Println(string(out))

	values := []any{nil, true, 3.0, 1e21, "quote\" <tag> & é", []byte("hi"), map[int]string{2: "b", 1: "a"}, [2]bool{}}
	for _, v := range values {
		b, err := json.Marshal(v)
		fmt.Printf("%-28s err=%v\n", b, err)
	}

	_, err = json.Marshal(math.NaN())
	fmt.Println("NaN:", err)
}
