// Save data encoded and decoded with encoding/json, including a custom enum codec.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
)

type Difficulty int

const (
	Easy Difficulty = iota
	Normal
	Hard
)

var diffNames = map[Difficulty]string{Easy: "easy", Normal: "normal", Hard: "hard"}

func (d Difficulty) String() string { return diffNames[d] }

func (d Difficulty) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

func (d *Difficulty) UnmarshalText(b []byte) error {
	for k, v := range diffNames {
		if v == string(b) {
			*d = k
			return nil
		}
	}
	return fmt.Errorf("unknown difficulty %q", b)
}

type Item struct {
	ID    string `json:"id"`
	Qty   int    `json:"qty"`
	Equip bool   `json:"equipped,omitempty"`
}

type Save struct {
	Version    int             `json:"version"`
	Hero       string          `json:"hero"`
	Level      int             `json:"level"`
	Difficulty Difficulty      `json:"difficulty"`
	Items      []Item          `json:"items"`
	Flags      map[string]bool `json:"flags,omitempty"`
	secret     string          // unexported: never saved
}

func main() {
	s := Save{
		Version: 2, Hero: "Tamsin", Level: 7, Difficulty: Hard,
		Items:  []Item{{"sword", 1, true}, {"potion", 5, false}, {"key_red", 1, false}},
		Flags:  map[string]bool{"met_king": true, "boss1": true, "boss2": false},
		secret: "cheat-mode",
	}
	compact, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	fmt.Println("compact:", string(compact))
	pretty, _ := json.MarshalIndent(s, "", "  ")
	fmt.Println(string(pretty))

	var loaded Save
	if err := json.Unmarshal(pretty, &loaded); err != nil {
		panic(err)
	}
	fmt.Printf("loaded: %v level %d on %v, %d items\n", loaded.Hero, loaded.Level, loaded.Difficulty, len(loaded.Items))
	fmt.Printf("secret after load: %q\n", loaded.secret)
	s.secret = ""
	fmt.Println("round trip equal:", reflect.DeepEqual(s, loaded))

	broken := []string{
		`{"version": 2, "hero": "X", "difficulty": "nightmare"}`,
		`{"version": "two"}`,
		`{"version": 3, "hero": "Old", "level": 1, "difficulty": "easy", "items": null}`,
		`{"version": 1,`,
	}
	for _, b := range broken {
		var sv Save
		err := json.Unmarshal([]byte(b), &sv)
		var typeErr *json.UnmarshalTypeError
		var syntaxErr *json.SyntaxError
		switch {
		case err == nil:
			fmt.Printf("ok: %+v\n", sv)
		case errors.As(err, &typeErr):
			fmt.Printf("type error: field %q wants %v\n", typeErr.Field, typeErr.Type)
		case errors.As(err, &syntaxErr):
			fmt.Printf("syntax error at offset %d: %v\n", syntaxErr.Offset, err)
		default:
			fmt.Printf("other error: %v\n", err)
		}
	}
}
