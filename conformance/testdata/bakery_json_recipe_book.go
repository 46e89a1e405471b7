package main

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
	"time"
)

// Minutes marshals as a human-friendly duration string like "1h30m0s".
type Minutes time.Duration

func (m Minutes) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(m).String())
}

func (m *Minutes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("minutes: %w", err)
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("minutes: %w", err)
	}
	*m = Minutes(d)
	return nil
}

type Difficulty int

func (d Difficulty) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(d))), nil
}

type Recipe struct {
	Name   string          `json:"name"`
	Bake   Minutes         `json:"bake"`
	TempC  int             `json:"temp_c"`
	Level  Difficulty      `json:"level"`
	Grams  map[string]int  `json:"grams"`
	Tags   []string        `json:"tags,omitempty"`
	Secret string          `json:"-"`
	Notes  *string         `json:"notes"`
	Extra  json.RawMessage `json:"extra,omitempty"`
}

func main() {
	note := "brush with egg wash"
	book := []Recipe{
		{Name: "challah", Bake: Minutes(35 * time.Minute), TempC: 180, Level: 3,
			Grams: map[string]int{"flour": 500, "eggs": 150, "honey": 60},
			Tags:  []string{"braided", "enriched"}, Secret: "grandma's trick", Notes: &note},
		{Name: "ciabatta", Bake: Minutes(25 * time.Minute), TempC: 230, Level: 4,
			Grams: map[string]int{"flour": 1000, "water": 800},
			Extra: json.RawMessage(`{"poolish":true}`)},
	}

	out, err := json.MarshalIndent(book, "", " ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))

	in := `{"name":"rye","bake":"1h10m","temp_c":240,"grams":{"rye":700,"water":560},"notes":null,"unknown":1}`
	var r Recipe
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("decoded %s: bake %v at %d°C, notes nil=%t, grams=%v\n",
		r.Name, time.Duration(r.Bake), r.TempC, r.Notes == nil, r.Grams)

	dec := json.NewDecoder(strings.NewReader(in))
	dec.DisallowUnknownFields()
	var strict Recipe
	fmt.Println("strict decode:", dec.Decode(&strict))

	err = json.Unmarshal([]byte(`{"bake":"forever"}`), &r)
	fmt.Println("bad duration:", err)
}
