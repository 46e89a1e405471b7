package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"time"
)

type Play struct {
	Machine string `json:"machine"`
	Score   int    `json:"score"`
	Tokens  int    `json:"tokens"`
}

type Session struct {
	Player   string        `json:"player"`
	Member   bool          `json:"member"`
	Length   time.Duration `json:"length_ns"`
	Plays    []Play        `json:"plays"`
	Note     string        `json:"note,omitempty"`
	internal int
}

func (s Session) TotalTokens() int {
	total := 0
	for _, p := range s.Plays {
		total += p.Tokens
	}
	return total
}

func main() {
	s := Session{
		Player: "Mara",
		Member: true,
		Length: 42*time.Minute + 30*time.Second,
		Plays: []Play{
			{"Star Blaster", 31200, 2},
			{"Air Hockey", 7, 1},
		},
		internal: 99,
	}

	data, err := json.Marshal(s)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(data))
	fmt.Println("unexported field kept in memory only:", s.internal)

	pretty, _ := json.MarshalIndent(s.Plays[0], "", "  ")
	fmt.Println(string(pretty))

	incoming := `{"player":"Theo","member":false,"length_ns":900000000000,
		"plays":[{"machine":"Skee Ball","score":340,"tokens":1},
		{"machine":"Time Crisis","score":5120,"tokens":3}],"note":"birthday"}`
	var t Session
	if err := json.Unmarshal([]byte(incoming), &t); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", t.Plays[1])
	fmt.Printf("%s played %d games for %v, spent %d tokens (%s)\n",
		t.Player, len(t.Plays), t.Length, t.TotalTokens(), t.Note)

	var generic map[string]any
	_ = json.Unmarshal([]byte(incoming), &generic)
	fmt.Printf("member field is %T: %v\n", generic["member"], generic["member"])
	fmt.Printf("length field is %T: %v\n", generic["length_ns"], generic["length_ns"])

	bad := `{"player": 12}`
	var u Session
	err = json.Unmarshal([]byte(bad), &u)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error on field %q: got %s\n", typeErr.Field, typeErr.Value)
	}
}
