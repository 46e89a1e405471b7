package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Post struct {
	Base
	Title string `json:"title"`
}

func main() {
	b, _ := json.Marshal(Post{Base{1, "today"}, "hi"})
	fmt.Println(string(b))
	m := map[string]any{"z": 1, "a": []int{1, 2}, "m": map[string]bool{"t": true}}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[int]string{2: "two", 10: "ten"})
}
