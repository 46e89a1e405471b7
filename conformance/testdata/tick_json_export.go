package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strings"
)

type Comment struct {
	Author string `json:"author"`
	Body   string `json:"body"`
}

type Ticket struct {
	ID       int       `json:"id"`
	Title    string    `json:"title"`
	Priority string    `json:"priority"`
	Assignee string    `json:"assignee,omitempty"`
	Labels   []string  `json:"labels,omitempty"`
	Comments []Comment `json:"comments,omitempty"`
	internal string
}

func main() {
	tickets := []Ticket{
		{ID: 1, Title: "Broken seat picker", Priority: "high", Assignee: "maya",
			Labels:   []string{"ui", "booking"},
			Comments: []Comment{{"maya", "Reproduced on mobile"}}},
		{ID: 2, Title: "Refund email typo", Priority: "low", internal: "hidden"},
	}

	data, err := json.MarshalIndent(tickets, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(data))

	input := `[
	  {"id": 7, "title": "Double charge", "priority": "critical",
	   "labels": ["payments"], "extra": true},
	  {"id": 8, "title": "Slow search", "priority": "medium", "assignee": "omar"}
	]`
	var imported []Ticket
	if err := json.Unmarshal([]byte(input), &imported); err != nil {
		log.Fatal(err)
	}
	for _, t := range imported {
		fmt.Printf("%+v\n", t)
	}

	var generic []map[string]any
	if err := json.NewDecoder(strings.NewReader(input)).Decode(&generic); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("first id type: %T, extra: %v\n", generic[0]["id"], generic[0]["extra"])

	bad := `{"id": "seven"}`
	var t Ticket
	err = json.Unmarshal([]byte(bad), &t)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("bad field %q: got %s\n", typeErr.Field, typeErr.Value)
	}
}
