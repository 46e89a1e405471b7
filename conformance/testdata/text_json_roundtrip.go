package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Tag string

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Admin    bool              `json:"is_admin"`
	Address  *Address          `json:"address,omitempty"`
	Tags     []Tag             `json:"tags"`
	Scores   map[string]int    `json:"scores,omitempty"`
	Meta     map[string]any    `json:"meta,omitempty"`
	password string            // unexported: never encoded
	Ignored  string            `json:"-"`
	Extra    map[string]string `json:"extra,omitzero"`
}

type Team struct {
	Title   string   `json:"title"`
	Members []Person `json:"members"`
}

func main() {
	team := Team{
		Title: "Parsers <&> Co",
		Members: []Person{
			{Name: "Ana", Age: 31, Email: "ana@example.com", Admin: true,
				Address: &Address{"1 Main St", "Springfield", "12345"},
				Tags:    []Tag{"go", "json"}, Scores: map[string]int{"z": 1, "a": 9},
				password: "secret", Ignored: "skip me"},
			{Name: "Bo", Age: 27, Tags: nil, Meta: map[string]any{"level": 3, "ok": true, "nick": nil}},
		},
	}

	data, err := json.Marshal(team)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))

	pretty, _ := json.MarshalIndent(team.Members[1], "", "  ")
	fmt.Println(string(pretty))

	var back Team
	if err := json.Unmarshal(data, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", *back.Members[0].Address)
	fmt.Printf("password=%q ignored=%q\n", back.Members[0].password, back.Members[0].Ignored)
	fmt.Printf("meta level type: %T, nick: %v\n", back.Members[1].Meta["level"], back.Members[1].Meta["nick"])

	team.Members[0].password, team.Members[0].Ignored = "", ""
	fmt.Println("member 0 equal:", reflect.DeepEqual(team.Members[0], back.Members[0]))
	fmt.Println("member 1 equal:", reflect.DeepEqual(team.Members[1], back.Members[1]), "(numbers in any become float64)")

	var generic map[string]any
	_ = json.Unmarshal(data, &generic)
	members := generic["members"].([]any)
	first := members[0].(map[string]any)
	fmt.Println("generic name:", first["name"], "age float:", first["age"].(float64))

	bad := []string{`{"title": 5}`, `{"title": "x", "members": [}`, `{"members":[{"age":"old"}]}`}
	for _, b := range bad {
		var t Team
		err := json.Unmarshal([]byte(b), &t)
		var typeErr *json.UnmarshalTypeError
		var synErr *json.SyntaxError
		switch {
		case errors.As(err, &typeErr):
			fmt.Printf("type error: field %q expected %v got %s\n", typeErr.Field, typeErr.Type, typeErr.Value)
		case errors.As(err, &synErr):
			fmt.Printf("syntax error at offset %d: %v\n", synErr.Offset, err)
		}
	}
	dec := json.NewDecoder(strings.NewReader(`{"name":"Cy","age":40,"bogus":1}`))
	dec.DisallowUnknownFields()
	var p Person
	fmt.Println("strict decode:", dec.Decode(&p), "name so far:", p.Name)
}
