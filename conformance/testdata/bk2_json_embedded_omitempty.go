package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Audit struct {
	CreatedBy string `json:"created_by"`
	Revision  int    `json:"revision,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Nickname *string           `json:"nickname,omitempty"`
	Emails   []string          `json:"emails,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	Active   bool              `json:"active"`
	Internal string            `json:"-"`
	Dash     string            `json:"-,"`
	Score    int               `json:"score,string"`
	Work     Address           `json:"work,omitzero"`
	secret   string
	Address
	*Audit
	Extra Address `json:"extra"`
}

type Node struct {
	Value    int     `json:"value"`
	Children []*Node `json:"children,omitempty"`
}

func mustMarshal(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func main() {
	nick := "Al"
	p := Person{
		Name:     "Alice",
		Age:      30,
		Nickname: &nick,
		Emails:   []string{"a@example.com"},
		Internal: "hidden",
		Dash:     "dash field",
		Score:    99,
		secret:   "not exported",
		Address:  Address{Street: "1 Main St", City: "Springfield"},
		Audit:    &Audit{CreatedBy: "admin"},
	}
	fmt.Println(mustMarshal(p))

	minimal := Person{Name: "Bob", Emails: []string{}, Labels: map[string]string{}}
	fmt.Println(mustMarshal(minimal))

	pretty, _ := json.MarshalIndent(Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}}}}}, "", "  ")
	fmt.Println(string(pretty))

	input := `{"name":"Carol","age":41,"street":"9 Elm","city":"Shelbyville",
		"created_by":"importer","revision":3,"unknown":true,"score":"12",
		"internal":"ignored?","secret":"nope","-":"via dash","labels":{"b":"2","a":"1"}}`
	var q Person
	if err := json.Unmarshal([]byte(input), &q); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	fmt.Printf("name=%s age=%d street=%s city=%s\n", q.Name, q.Age, q.Street, q.City)
	fmt.Printf("audit=%+v score=%d internal=%q secret=%q dash=%q\n", *q.Audit, q.Score, q.Internal, q.secret, q.Dash)
	fmt.Println("labels:", q.Labels, "nickname nil:", q.Nickname == nil)

	var generic map[string]any
	_ = json.Unmarshal([]byte(`{"n":1,"f":2.5,"s":"x","b":true,"z":null,"arr":[1,"two",false],"obj":{"k":"v"}}`), &generic)
	fmt.Println(generic)
	for _, k := range []string{"n", "f", "s", "b", "z", "arr", "obj"} {
		fmt.Printf("%s:%T ", k, generic[k])
	}
	fmt.Println()

	var bad Person
	err := json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println("type error:", err)
	if ute, ok := err.(*json.UnmarshalTypeError); ok {
		fmt.Println("field:", ute.Field, "value:", ute.Value, "type:", ute.Type)
	}

	err = json.Unmarshal([]byte(`{"name": "x",}`), &bad)
	fmt.Println("syntax error:", err)

	anon := struct {
		ID    int      `json:"id"`
		Tags  []string `json:"tags"`
		Empty []string `json:"empty"`
		Ptr   *int     `json:"ptr"`
	}{ID: 5, Tags: []string{"go", "json"}}
	fmt.Println(mustMarshal(anon))
	fmt.Println(mustMarshal(map[string]int{"zeta": 1, "alpha": 2, "mid": 3}))
	fmt.Println(mustMarshal([]any{1, "<tag>&", nil, 1.5e20, map[int]bool{2: true, 10: false}}))
}
