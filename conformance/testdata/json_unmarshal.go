package main

import (
	"encoding/json"
	"fmt"
)

type Order struct {
	ID    int               `json:"id"`
	Items []string          `json:"items"`
	Total float64           `json:"total"`
	Extra map[string]string `json:"extra"`
}

func main() {
	data := `{"id": 7, "items": ["a", "b"], "total": 12.5, "extra": {"k": "v"}, "unknown": 1}`
	var o Order
	if err := json.Unmarshal([]byte(data), &o); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", o)
	err := json.Unmarshal([]byte(`{"id": "seven"}`), &o)
	fmt.Println(err)
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"x",true,null],"b":{"c":2.5}}`), &anyv)
	fmt.Printf("%v\n", anyv)
}
