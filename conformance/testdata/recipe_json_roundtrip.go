package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
)

type Nutrition struct {
	Calories int     `json:"calories"`
	ProteinG float64 `json:"protein_g"`
	FiberG   float64 `json:"fiber_g,omitempty"`
}

type Ingredient struct {
	Name   string  `json:"name"`
	Amount float64 `json:"amount"`
	Unit   string  `json:"unit,omitempty"`
}

type Recipe struct {
	ID          int          `json:"id"`
	Title       string       `json:"title"`
	Tags        []string     `json:"tags"`
	Ingredients []Ingredient `json:"ingredients"`
	Nutrition   *Nutrition   `json:"nutrition,omitempty"`
	Secret      string       `json:"-"`
}

const input = `{
  "id": 42,
  "title": "Shakshuka",
  "tags": ["breakfast", "vegetarian"],
  "ingredients": [
    {"name": "egg", "amount": 4},
    {"name": "tomato", "amount": 400, "unit": "g"},
    {"name": "paprika", "amount": 1, "unit": "tsp"}
  ],
  "nutrition": {"calories": 310, "protein_g": 18.5},
  "extra_field": true
}`

func main() {
	var r Recipe
	if err := json.Unmarshal([]byte(input), &r); err != nil {
		log.Fatal(err)
	}
	r.Secret = "grandma's trick"

	fmt.Printf("%v\n", r.Ingredients[1])
	fmt.Printf("%+v\n", r.Ingredients[1])
	fmt.Printf("%#v\n", r.Ingredients[0])
	fmt.Printf("%+v\n", *r.Nutrition)
	fmt.Printf("tags %q\n", r.Tags)

	r.Tags = append(r.Tags, "one-pan")
	r.Nutrition.FiberG = 4.2
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))

	var generic map[string]any
	if err := json.Unmarshal(out, &generic); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("id is %T %v\n", generic["id"], generic["id"])
	_, hasSecret := generic["Secret"]
	fmt.Println("secret exported:", hasSecret)

	bad := `{"id": "forty-two"}`
	var r2 Recipe
	err = json.Unmarshal([]byte(bad), &r2)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error on field %q: got %s\n", typeErr.Field, typeErr.Value)
	}
}
