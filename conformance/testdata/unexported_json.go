package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name     string
	Email    string `json:"email"`
	password string
	age      int
}

func main() {
	b, err := json.Marshal(User{"ann", "a@x.org", "hunter2", 30})
	fmt.Println(string(b), err)
	var u User
	err = json.Unmarshal([]byte(`{"Name":"bob","password":"x","age":5}`), &u)
	fmt.Printf("%+v %v\n", u, err)
}
