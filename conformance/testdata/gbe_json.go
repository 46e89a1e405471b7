// Go by Example: JSON
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Tags rename keys; unexported fields are never encoded.
type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
	Note   string   `json:"note,omitempty"`
	secret int
}

// Level has custom marshaling: 3 is encoded as "***".
type Level int

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(strings.Repeat("*", int(l))) }

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("level: %w", err)
	}
	*l = Level(len(s))
	return nil
}

type Skill struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

func main() {
	// Encoding basic values, slices, maps (keys sorted) and structs;
	// without tags, exported field names are used as JSON keys.
	for _, v := range []any{
		true, 2.34, "gopher <&>",
		[]string{"apple", "peach", "pear"},
		map[string]int{"lettuce": 7, "apple": 5},
		struct{ Fruits []string }{[]string{"apple", "peach"}},
		&response2{Page: 1, Fruits: []string{"apple"}, secret: 9},
	} {
		b, _ := json.Marshal(v)
		fmt.Println(string(b))
	}

	// Decoding JSON into a generic structure.
	byt := []byte(`{"num":6.13,"strs":["a","b"],"nested":{"ok":true}}`)
	var dat map[string]any
	if err := json.Unmarshal(byt, &dat); err != nil {
		panic(err)
	}
	fmt.Println(dat)
	fmt.Println(dat["num"].(float64), dat["strs"].([]any)[0].(string), dat["nested"].(map[string]any)["ok"])

	// Decoding into typed structs; unknown keys are ignored.
	res := response2{}
	err := json.Unmarshal([]byte(`{"page": 1, "fruits": ["apple", "peach"], "extra": 1}`), &res)
	fmt.Printf("%+v %s %v\n", res, res.Fruits[0], err)

	// Custom marshalers round-trip.
	skills := []Skill{{"go", 3}, {"sql", 1}}
	sb, _ := json.Marshal(skills)
	fmt.Println(string(sb))
	var back []Skill
	fmt.Println(json.Unmarshal(sb, &back), back)

	// Streaming encoder with indentation, and a streaming decoder.
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"apple": 5, "tags": []string{"red"}, "skill": skills[0]})
	dec := json.NewDecoder(strings.NewReader(`{"page":2} {"page":3,"fruits":["kiwi"]}`))
	for dec.More() {
		var r response2
		if err := dec.Decode(&r); err != nil {
			break
		}
		fmt.Println("page", r.Page, r.Fruits, r.Fruits == nil)
	}

	// Errors carry position and type information.
	fmt.Println(json.Unmarshal([]byte(`"seven"`), new(int)))
	fmt.Println(json.Unmarshal([]byte(`{"page": }`), &res))
	fmt.Println(json.Unmarshal([]byte(`{"level": 5}`), &Skill{}))
}
